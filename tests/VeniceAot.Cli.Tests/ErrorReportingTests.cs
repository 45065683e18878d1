using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary>API, network and usage errors: one line per problem on stderr, nothing on stdout, the right exit code.</summary>
    public sealed class ErrorReportingTests
    {
        [Fact]
        public async Task Detailed_400_prints_status_message_each_field_and_request_id_and_exits_1()
        {
            const string body = """
                {"error":"Invalid request","details":{"_errors":["Unrecognized key(s) in object: 'foo'"],
                 "description":{"_errors":["String must contain at most 64 character(s)"]},
                 "consumptionLimit":{"_errors":[],"usd":{"_errors":["Number must be greater than or equal to 0"]}}}}
                """;
            var headers = new Dictionary<string, string> { ["CF-RAY"] = "8f3a1b2c3d4e5f60-AMS" };
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, body, headers);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "create", "--type", "ADMIN", "--description", "x", "--json");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            string[] lines = Lines(result.Stderr);
            Assert.Equal("error: HTTP 400 BadRequest: Invalid request", lines[0]);
            Assert.Contains("  request: Unrecognized key(s) in object: 'foo'", lines);
            Assert.Contains("  description: String must contain at most 64 character(s)", lines);
            Assert.Contains("  consumptionLimit.usd: Number must be greater than or equal to 0", lines);
            Assert.Contains("  request id: 8f3a1b2c3d4e5f60-AMS", lines);
            Assert.Equal(5, lines.Length);
        }

        [Fact]
        public async Task Unauthorized_exits_1_with_status_message_and_a_hint()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(401, """{"error":"Authentication failed"}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "list");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            string[] lines = Lines(result.Stderr);
            Assert.Equal("error: HTTP 401 Unauthorized: Authentication failed", lines[0]);
            Assert.Contains(lines, line => line.Contains("hint:", StringComparison.Ordinal) && line.Contains("VENICE_API_KEY", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Non_json_error_body_is_reported_with_its_status()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Text(context, 502, "text/html", "<html>bad gateway</html>"));

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "rate-limits");

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("error: HTTP 502 BadGateway: (not a Venice error body) <html>bad gateway</html>", result.Stderr);
        }

        [Fact]
        public async Task Unknown_option_is_a_usage_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "list", "--colour");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Contains("--colour", result.Stderr);
            Assert.Contains("Run 'venice keys list --help' for usage.", result.Stderr);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Missing_type_is_a_usage_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "create", "--description", "x");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error: Option '--type' is required.", Lines(result.Stderr));
            Assert.Empty(server.Requests);
        }

        [Theory]
        [InlineData("--type", "admin")]
        [InlineData("--usd", "-1")]
        [InlineData("--usd", "five")]
        [InlineData("--expires", "31/12/2026")]
        [InlineData("--limit-period", "WEEK")]
        public async Task Invalid_option_values_are_usage_errors(string option, string value)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");
            var args = new List<string> { "keys", "create", "--description", "x", option, value };
            if (option != "--type")
            {
                args.AddRange(["--type", "ADMIN"]);
            }

            CliResult result = await RunAgainstAsync(server.BaseAddress, args.ToArray());

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(value, result.Stderr);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task No_command_is_a_usage_error()
        {
            CliResult result = await RunAsync();

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Run 'venice --help' for usage.", result.Stderr);
        }

        [Fact]
        public async Task Missing_api_key_is_a_usage_error_naming_both_ways_to_pass_it()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");

            CliResult result = await RunAsync(new Dictionary<string, string?> { ["VENICE_API_KEY"] = " " }, CancellationToken.None, "keys", "list", "--base-url", server.BaseAddress.ToString());

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Equal("error: no API key: pass --api-key <key> or set VENICE_API_KEY.", Lines(result.Stderr)[0]);
            Assert.Empty(server.Requests);
        }

        [Theory]
        [InlineData("not a url")]
        [InlineData("ftp://example.com/api/v1")]
        [InlineData("http://example.com/api/v1")]
        public async Task Unusable_base_url_is_a_usage_error(string baseUrl)
        {
            CliResult result = await RunAsync("keys", "list", "--api-key", ApiKey, "--base-url", baseUrl);

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("error: ", result.Stderr);
        }

        [Fact]
        public async Task Connection_refused_exits_1_and_names_the_host()
        {
            int port = UnusedPort();

            CliResult result = await RunAsync("keys", "list", "--api-key", ApiKey, "--base-url", $"http://127.0.0.1:{port}/api/v1");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout);
            string line = Assert.Single(Lines(result.Stderr));
            Assert.StartsWith($"error: could not reach 127.0.0.1:{port}: ", line);
            Assert.Contains("refused", line, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void Timeout_is_reported_with_its_message_and_exits_1()
        {
            using var stderr = new StringWriter();
            var reporter = new ErrorReporter(stderr, ApiKey, new Uri("https://api.venice.ai/api/v1"), "venice keys list");

            int exitCode = reporter.Report(new VeniceTimeoutException(TimeSpan.FromSeconds(100)), CancellationToken.None);

            Assert.Equal(1, exitCode);
            Assert.Equal("error: " + new VeniceTimeoutException(TimeSpan.FromSeconds(100)).Message, stderr.ToString().Trim());
        }

        [Fact]
        public void Reporter_masks_the_callers_key_if_anything_echoes_it()
        {
            using var stderr = new StringWriter();
            var reporter = new ErrorReporter(stderr, ApiKey, null, "venice keys list");

            reporter.Report(new VeniceApiException(HttpStatusCode.Forbidden, "key " + ApiKey + " is disabled", null, null), CancellationToken.None);

            Assert.DoesNotContain(ApiKey, stderr.ToString());
            Assert.Contains("key *** is disabled", stderr.ToString());
        }

        [Fact]
        public async Task Help_works_on_every_command_and_shows_an_example()
        {
            var context = new CliContext(TextWriter.Null, TextWriter.Null, new Dictionary<string, string?>());
            System.CommandLine.RootCommand root = Program.BuildRootCommand(context);
            var paths = new List<string[]>();
            Collect(root, [], paths);
            Assert.True(paths.Count >= 9, "root, keys and its seven commands");

            foreach (string[] path in paths)
            {
                CliResult result = await RunAsync([.. path, "--help"]);

                string shown = string.Join(' ', path);
                Assert.True(result.ExitCode == 0, shown + ": " + result);
                Assert.Contains("Usage:", result.Stdout);
                Assert.Contains("venice " + shown, result.Stdout);
                Assert.Contains("Example", result.Stdout);
                Assert.Equal(string.Empty, result.Stderr);
            }
        }

        [Fact]
        public async Task Help_is_shown_even_when_required_options_are_missing()
        {
            CliResult result = await RunAsync("keys", "create", "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("--type <ADMIN|INFERENCE>", result.Stdout);
            Assert.Contains("venice keys create --type INFERENCE", result.Stdout);
        }

        private static void Collect(System.CommandLine.Command command, string[] path, List<string[]> paths)
        {
            paths.Add(path);
            foreach (System.CommandLine.Command child in command.Subcommands)
            {
                Collect(child, [.. path, child.Name], paths);
            }
        }

        private static int UnusedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
