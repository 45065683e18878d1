using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using VeniceAot.Testing;
using Xunit.Abstractions;
using static VeniceAot.Extensions.DependencyInjection.Tests.TestSupport;

namespace VeniceAot.Extensions.DependencyInjection.Tests
{
    /// <summary>
    /// The Native AOT proof for the DI package: <c>dotnet publish</c> of the sample (Release, linux-x64, into a temp
    /// folder with its own artifacts path) prints no warning at all, and the native binary, configured by environment
    /// variables only, calls loopback servers through AddVeniceClient (default and keyed) or reports a missing key.
    /// Set VENICE_SKIP_AOT_PUBLISH=1 to skip it.
    /// </summary>
    public sealed class AotPublishTests(ITestOutputHelper output)
    {
        private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(12);

        [Fact(Timeout = 15 * 60 * 1000)]
        public async Task Published_sample_has_no_warnings_and_runs_on_environment_configuration()
        {
            if (NativeAotPublisher.SkipProof(output.WriteLine))
            {
                return;
            }

            using ScratchFolder work = ScratchFolder.Create("venice-di-aot-");
            NativeAotPublish publish = await NativeAotPublisher.PublishProjectAsync(
                Path.Combine("tests", "VeniceAot.Extensions.DependencyInjection.AotSample", "VeniceAot.Extensions.DependencyInjection.AotSample.csproj"), "venice-di-sample", work.Path, PublishTimeout, output.WriteLine);
            Assert.True(publish.Problem is null, publish.Problem);
            string binary = publish.Binary;

            await using LoopbackServer server = await ModelsServerAsync();
            await using LoopbackServer adminServer = await ModelsServerAsync();
            ProcessResult run = await ProcessRunner.RunAsync(
                binary,
                [],
                work.Path,
                TimeSpan.FromSeconds(30),
                new Dictionary<string, string>
                {
                    ["Venice__ApiKey"] = Key,
                    ["Venice__BaseAddress"] = server.BaseAddress.ToString(),
                    ["Venice__Timeout"] = "00:00:20",
                    ["Venice__Retry__MaxAttempts"] = "2",
                    ["VeniceAdmin__ApiKey"] = AdminKey,
                    ["VeniceAdmin__BaseAddress"] = adminServer.BaseAddress.ToString(),
                });
            output.WriteLine(run.Output);

            Assert.True(run.ExitCode == 0, "The native sample failed:\n" + run.Output);
            Assert.Equal("venice-uncensored\nadmin: 1\n", run.Stdout);
            Assert.Equal(string.Empty, run.Stderr);
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/models", request.RawPath);
            Assert.Equal("Bearer " + Key, request.Header("Authorization"));
            Assert.Equal("native", request.Header("X-Sample"));
            RecordedRequest admin = Assert.Single(adminServer.Requests);
            Assert.Equal("Bearer " + AdminKey, admin.Header("Authorization"));
            Assert.Null(admin.Header("X-Sample"));

            ProcessResult missing = await ProcessRunner.RunAsync(binary, [], work.Path, TimeSpan.FromSeconds(30), new Dictionary<string, string> { ["Venice__BaseAddress"] = server.BaseAddress.ToString() });
            output.WriteLine(missing.Output);
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("set the configuration key 'Venice:ApiKey' (environment variable Venice__ApiKey)", missing.Stderr, StringComparison.Ordinal);
            Assert.Single(server.Requests);
        }
    }
}
