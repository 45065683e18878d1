using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary>Each <c>venice keys</c> command in-process: the exact request the server saw, and what was printed.</summary>
    public sealed class KeysCommandsTests
    {
        private const string TwoKeys = """
            {"object":"list","data":[
              {"id":"k-1111","apiKeyType":"ADMIN","description":"ops laptop","last6Chars":"abc123","createdAt":"2025-01-02T03:04:05.000Z","expiresAt":null,
               "consumptionLimits":{"usd":50,"diem":null},"usage":{"trailingSevenDays":{"usd":"10.2424","diem":"0"}}},
              {"id":"k-22","apiKeyType":"INFERENCE","description":"ci","last6Chars":"zz9911","createdAt":"2025-06-30T23:59:00Z","expiresAt":"2026-12-31T00:00:00Z","lastUsedAt":"2025-07-01T10:00:00Z"}
            ]}
            """;

        private const string OneKey = """
            {"data":{"id":"k-1111","apiKeyType":"ADMIN","description":"ops laptop","last6Chars":"abc123","createdAt":"2025-01-02T03:04:05.000Z",
             "limitPeriod":"MONTH","modelPrivacy":"PRIVATE_ONLY","consumptionLimits":{"usd":50},"usage":{"trailingSevenDays":{"usd":"10.2424","diem":"0"}}},"success":true}
            """;

        private const string Created = """
            {"success":true,"data":{"apiKey":"vk-NEWSECRET-0001","id":"k-new","apiKeyType":"ADMIN","description":"x","consumptionLimit":{"usd":5},"expiresAt":null}}
            """;

        [Fact]
        public async Task List_prints_aligned_table_from_get_with_bearer()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, TwoKeys);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "list");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
            string[] lines = Lines(result.Stdout);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("ID      TYPE       DESCRIPTION  LAST6   CREATED (UTC)     EXPIRES (UTC)", lines[0]);
            Assert.Equal("k-1111  ADMIN      ops laptop   abc123  2025-01-02 03:04  never", lines[1]);
            Assert.Equal("k-22    INFERENCE  ci           zz9911  2025-06-30 23:59  2026-12-31 00:00", lines[2]);
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/api_keys", request.RawPath);
            Assert.Equal(string.Empty, request.QueryString);
            Assert.Equal("Bearer " + ApiKey, request.Header("Authorization"));
            Assert.Empty(request.Body);
        }

        [Fact]
        public async Task List_json_prints_only_the_response_as_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, TwoKeys);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "list", "--json");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            JsonElement data = json.RootElement.GetProperty("data");
            Assert.Equal(2, data.GetArrayLength());
            Assert.Equal("k-1111", data[0].GetProperty("id").GetString());
            Assert.Equal("ADMIN", data[0].GetProperty("apiKeyType").GetString());
            Assert.Equal(10.2424m, data[0].GetProperty("usage").GetProperty("trailingSevenDays").GetProperty("usd").GetDecimal());
            Assert.False(data[0].TryGetProperty("expiresAt", out _), "nulls are not re-serialized");
            Assert.Equal("list", json.RootElement.GetProperty("object").GetString());
        }

        [Fact]
        public async Task List_of_no_keys_says_so()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"object":"list","data":[]}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "list");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No API keys.", result.Stdout.Trim());
        }

        [Fact]
        public async Task Get_escapes_id_into_path_and_prints_details()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, OneKey);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "get", "k 1/1");

            Assert.True(result.ExitCode == 0, result.ToString());
            RecordedRequest request = server.LastRequest;
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/api_keys/k%201%2F1", request.RawPath);
            Assert.Equal("Bearer " + ApiKey, request.Header("Authorization"));
            string[] lines = Lines(result.Stdout);
            Assert.Contains("ID:                     k-1111", lines);
            Assert.Contains("Type:                   ADMIN", lines);
            Assert.Contains("Limit period:           MONTH", lines);
            Assert.Contains("Model privacy:          PRIVATE_ONLY", lines);
            Assert.Contains("Limit USD:              50", lines);
            Assert.Contains("Used last 7 days USD:   10.2424", lines);
            Assert.Contains("Expires (UTC):          never", lines);
        }

        [Fact]
        public async Task Get_json_prints_the_key_response()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, OneKey);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "--json", "keys", "get", "k-1111");

            Assert.Equal(0, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            Assert.Equal("PRIVATE_ONLY", json.RootElement.GetProperty("data").GetProperty("modelPrivacy").GetString());
            Assert.True(json.RootElement.GetProperty("success").GetBoolean());
        }

        [Fact]
        public async Task Create_sends_exactly_the_given_fields_and_prints_the_secret_once()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, Created);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "create", "--type", "ADMIN", "--description", "x", "--usd", "5");

            Assert.True(result.ExitCode == 0, result.ToString());
            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/api_keys", request.RawPath);
            Assert.StartsWith("application/json", request.ContentType);
            Assert.Equal("""{"apiKeyType":"ADMIN","description":"x","consumptionLimit":{"usd":5}}""", request.BodyText);
            Assert.Contains("API key (shown once, store it now): vk-NEWSECRET-0001", Lines(result.Stdout));
            Assert.Equal(1, CountOf(result.Stdout, "vk-NEWSECRET-0001"));
            Assert.DoesNotContain("vk-NEWSECRET-0001", result.Stderr);
            Assert.Contains("ID:             k-new", Lines(result.Stdout));
        }

        [Fact]
        public async Task Create_with_every_option_sends_each_in_wire_form()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, Created);

            CliResult result = await RunAgainstAsync(
                server.BaseAddress,
                "keys", "create", "--type", "INFERENCE", "--description", "ci runner", "--usd", "12.50", "--diem", "3",
                "--expires", "2026-12-31T23:59:59Z", "--limit-period", "LIFETIME", "--privacy", "PRIVATE_TEXT");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(
                """{"apiKeyType":"INFERENCE","description":"ci runner","consumptionLimit":{"usd":12.50,"diem":3},"limitPeriod":"LIFETIME","modelPrivacy":"PRIVATE_TEXT","expiresAt":"2026-12-31T23:59:59Z"}""",
                server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Create_json_prints_the_created_key_as_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, Created);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "create", "--type", "ADMIN", "--description", "x", "--json");

            Assert.Equal(0, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            Assert.Equal("vk-NEWSECRET-0001", json.RootElement.GetProperty("data").GetProperty("apiKey").GetString());
            Assert.Equal("""{"apiKeyType":"ADMIN","description":"x"}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Update_patches_only_the_options_given()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, OneKey);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "update", "k-1111", "--description", "renamed", "--diem", "7", "--expires", "never");

            Assert.True(result.ExitCode == 0, result.ToString());
            RecordedRequest request = server.LastRequest;
            Assert.Equal("PATCH", request.Method);
            Assert.Equal("/api/v1/api_keys", request.RawPath);
            Assert.Equal("""{"id":"k-1111","description":"renamed","consumptionLimit":{"diem":7},"expiresAt":""}""", request.BodyText);
            Assert.Contains("ID:                     k-1111", Lines(result.Stdout));
        }

        [Fact]
        public async Task Update_with_a_date_and_privacy_sends_them_as_typed()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, OneKey);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "update", "k-1111", "--expires", "2027-01-31", "--privacy", "ALL", "--limit-period", "EPOCH");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("""{"id":"k-1111","limitPeriod":"EPOCH","modelPrivacy":"ALL","expiresAt":"2027-01-31"}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Update_with_nothing_to_change_is_a_usage_error_and_sends_nothing()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, OneKey);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "update", "k-1111");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("nothing to update", result.Stderr);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Delete_sends_id_in_query()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"success":true}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "delete", "k-1111");

            Assert.True(result.ExitCode == 0, result.ToString());
            RecordedRequest request = server.LastRequest;
            Assert.Equal("DELETE", request.Method);
            Assert.Equal("/api/v1/api_keys", request.RawPath);
            Assert.Equal("?id=k-1111", request.QueryString);
            Assert.Empty(request.Body);
            Assert.Equal("Deleted key k-1111.", result.Stdout.Trim());
        }

        [Fact]
        public async Task Delete_answered_with_success_false_exits_1()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"success":false}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "delete", "k-1111", "--json");

            Assert.Equal(1, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            Assert.False(json.RootElement.GetProperty("success").GetBoolean());
            Assert.Contains("not deleted", result.Stderr);
        }

        [Fact]
        public async Task Rate_limits_prints_status_and_one_column_per_limit_type()
        {
            const string body = """
                {"data":{"accessPermitted":true,"apiTier":{"id":"paid","isCharged":true},"balances":{"USD":"12.5","DIEM":3},
                 "keyExpiration":null,"nextEpochBegins":"2025-05-07T00:00:00.000Z",
                 "rateLimits":[{"apiModelId":"llama-3.3-70b","rateLimits":[{"amount":500,"type":"RPM"},{"amount":100000,"type":"RPD"},{"amount":2000000,"type":"TPM"}]},
                               {"apiModelId":"venice-sd35","rateLimits":[{"amount":20,"type":"RPM"}]}]}}
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, body);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "rate-limits");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("/api/v1/api_keys/rate_limits", server.LastRequest.RawPath);
            Assert.Equal("GET", server.LastRequest.Method);
            string[] lines = Lines(result.Stdout);
            Assert.Contains("Access permitted:   yes", lines);
            Assert.Contains("API tier:           paid (charged)", lines);
            Assert.Contains("Balance USD:        12.5", lines);
            Assert.Contains("Next epoch (UTC):   2025-05-07 00:00", lines);
            Assert.Contains("MODEL          RPM  RPD     TPM", lines);
            Assert.Contains("llama-3.3-70b  500  100000  2000000", lines);
            Assert.Contains("venice-sd35    20   -       -", lines);
        }

        [Fact]
        public async Task Rate_limit_log_prints_a_table_from_the_log_endpoint()
        {
            const string body = """
                {"object":"list","data":[{"apiKeyId":"k-22","modelId":"llama-3.3-70b","rateLimitTier":"paid","rateLimitType":"RPM","timestamp":"2025-05-06T12:30:00.000Z"}]}
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, body);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "rate-limit-log");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("/api/v1/api_keys/rate_limits/log", server.LastRequest.RawPath);
            string[] lines = Lines(result.Stdout);
            Assert.Equal("TIME (UTC)        KEY ID  MODEL          LIMIT  TIER", lines[0]);
            Assert.Equal("2025-05-06 12:30  k-22    llama-3.3-70b  RPM    paid", lines[1]);
        }

        [Fact]
        public async Task Rate_limit_log_json_is_valid_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"object":"list","data":[]}""");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "keys", "rate-limit-log", "--json");

            Assert.Equal(0, result.ExitCode);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(0, json.RootElement.GetProperty("data").GetArrayLength());
        }

        [Fact]
        public async Task Environment_supplies_key_and_base_url_and_options_win_over_it()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, TwoKeys);
            var environment = new Dictionary<string, string?>
            {
                ["VENICE_API_KEY"] = ApiKey,
                ["VENICE_BASE_URL"] = server.BaseAddress.ToString(),
            };

            CliResult fromEnvironment = await RunAsync(environment, CancellationToken.None, "keys", "list");

            Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.ToString());
            Assert.Equal("Bearer " + ApiKey, server.LastRequest.Header("Authorization"));

            await using LoopbackServer other = await LoopbackServer.StartJsonAsync(200, TwoKeys);
            CliResult fromOptions = await RunAsync(environment, CancellationToken.None, "keys", "list", "--api-key", "vk-option-key", "--base-url", other.BaseAddress.ToString());

            Assert.True(fromOptions.ExitCode == 0, fromOptions.ToString());
            Assert.Single(server.Requests);
            Assert.Equal("Bearer vk-option-key", other.LastRequest.Header("Authorization"));
        }

        [Fact]
        public async Task Ctrl_c_cancels_the_call_in_flight_and_exits_130()
        {
            var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (_, context) =>
            {
                received.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    aborted.TrySetResult();
                }
            });
            using var cancellation = new CancellationTokenSource();
            var environment = new Dictionary<string, string?> { ["VENICE_API_KEY"] = ApiKey };

            Task<CliResult> run = RunAsync(environment, cancellation.Token, "keys", "list", "--base-url", server.BaseAddress.ToString());
            await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await cancellation.CancelAsync();
            CliResult result = await run;

            Assert.Equal(130, result.ExitCode);
            Assert.Equal("Cancelled.", result.Stderr.Trim());
            Assert.Equal(string.Empty, result.Stdout);
            await aborted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }

        private static int CountOf(string text, string value)
        {
            int count = 0;
            for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
