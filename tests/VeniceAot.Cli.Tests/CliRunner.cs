using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Cli;

namespace VeniceAot.Cli.Tests
{
    /// <summary>What one in-process run of <c>venice</c> produced.</summary>
    public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
    }

    /// <summary>Runs <see cref="Program.RunAsync"/> in-process with captured output, and checks every run for a leaked key.</summary>
    public static class CliRunner
    {
        /// <summary>A key distinctive enough that any appearance in output is a leak, not a coincidence.</summary>
        public const string ApiKey = "vk-LEAKCANARY-93f1c0de7a5b";

        public static Task<CliResult> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), CancellationToken.None, args);

        /// <summary>Runs with the key and base URL passed as options.</summary>
        public static Task<CliResult> RunAgainstAsync(Uri baseAddress, params string[] args)
        {
            var all = new List<string>(args) { "--api-key", ApiKey, "--base-url", baseAddress.ToString() };
            return RunAsync(all.ToArray());
        }

        public static Task<CliResult> RunAsync(IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken, params string[] args) =>
            RunAsync(CliInput.None, environment, cancellationToken, args);

        /// <summary>Runs with the key and base URL passed as options and the given standard input.</summary>
        public static Task<CliResult> RunAgainstWithInputAsync(Uri baseAddress, CliInput stdin, params string[] args)
        {
            var all = new List<string>(args) { "--api-key", ApiKey, "--base-url", baseAddress.ToString() };
            return RunAsync(stdin, new Dictionary<string, string?>(), CancellationToken.None, all.ToArray());
        }

        public static Task<CliResult> RunAsync(CliInput stdin, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken, params string[] args) =>
            RunAsync(new StringWriter(), new StringWriter(), stdin, environment, cancellationToken, args);

        /// <summary>Runs with caller-made writers (e.g. ones that record each flush); they are disposed here.</summary>
        public static async Task<CliResult> RunAsync(StringWriter stdout, StringWriter stderr, CliInput stdin, IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken, params string[] args)
        {
            using StringWriter ownedStdout = stdout;
            using StringWriter ownedStderr = stderr;
            int exitCode = await Program.RunAsync(args, stdout, stderr, stdin, environment, cancellationToken).WaitAsync(TimeSpan.FromSeconds(30));
            var result = new CliResult(exitCode, stdout.ToString(), stderr.ToString());
            Assert.False(result.Stdout.Contains(ApiKey, StringComparison.Ordinal), "The API key appeared on stdout:\n" + result);
            Assert.False(result.Stderr.Contains(ApiKey, StringComparison.Ordinal), "The API key appeared on stderr:\n" + result);
            return result;
        }

        /// <summary>The lines of some output, without the trailing empty line.</summary>
        public static string[] Lines(string text) => text.TrimEnd('\r', '\n').Split('\n');
    }
}
