using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice video …</c> and <c>venice music …</c> in-process against a scripted queue server.</summary>
    public sealed class VideoCommandsTests
    {
        private static readonly byte[] Mp4 = [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 3))];

        /// <summary>A queue server: <paramref name="processingPolls"/> "still running" answers, then the media.</summary>
        private static Task<LoopbackServer> QueueServerAsync(string prefix, string mediaType, int processingPolls)
        {
            int polls = 0;
            return LoopbackServer.StartAsync((request, context) =>
            {
                string path = request.RawPath["/api/v1".Length..];
                if (path == prefix + "/quote")
                {
                    return Respond.Json(context, 200, """{"quote":0.42}""");
                }

                if (path == prefix + "/queue")
                {
                    return Respond.Json(context, 200, """{"model":"m-1","queue_id":"q-123"}""");
                }

                if (path == prefix + "/retrieve")
                {
                    return Interlocked.Increment(ref polls) <= processingPolls
                        ? Respond.Json(context, 200, """{"status":"PROCESSING","average_execution_time":90000,"execution_duration":89000}""")
                        : Respond.Bytes(context, 200, mediaType, Mp4);
                }

                if (path == prefix + "/complete")
                {
                    return Respond.Json(context, 200, """{"success":true}""");
                }

                return Respond.Json(context, 404, """{"error":"no such route"}""");
            });
        }

        [Fact]
        public async Task Video_generate_queues_waits_downloads_and_completes_with_plain_progress()
        {
            await using LoopbackServer server = await QueueServerAsync("/video", "video/mp4", processingPolls: 1);
            using var folder = new TempFolder();
            string target = folder.File("boat.mp4");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "video", "generate", "-m", "m-1", "--duration", "5s", "a paper boat", "-o", target);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(Mp4, await File.ReadAllBytesAsync(target));
            Assert.Equal(target, Lines(result.Stdout).Single());
            string[] progress = Lines(result.Stderr);
            Assert.Contains("Queued as q-123.", progress);
            Assert.Contains(progress, line => line.Contains("] processing (typically ~01:30)", StringComparison.Ordinal));
            Assert.Contains(progress, line => line.Contains("] done", StringComparison.Ordinal));
            Assert.DoesNotContain('\r', result.Stderr);
            Assert.Equal(["/video/queue", "/video/retrieve", "/video/retrieve", "/video/complete"], server.Requests.Select(r => r.RawPath["/api/v1".Length..]).ToArray());
            using JsonDocument queued = server.Requests[0].BodyJson();
            Assert.Equal("m-1", queued.RootElement.GetProperty("model").GetString());
            Assert.Equal("a paper boat", queued.RootElement.GetProperty("prompt").GetString());
            Assert.Equal("5s", queued.RootElement.GetProperty("duration").GetString());
            using JsonDocument retrieve = server.Requests[1].BodyJson();
            Assert.Equal("q-123", retrieve.RootElement.GetProperty("queue_id").GetString());
        }

        [Fact]
        public async Task Video_generate_refuses_an_existing_file_before_queueing()
        {
            await using LoopbackServer server = await QueueServerAsync("/video", "video/mp4", processingPolls: 0);
            using var folder = new TempFolder();
            string target = folder.File("boat.mp4");
            await File.WriteAllTextAsync(target, "old");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "video", "generate", "-m", "m-1", "--duration", "5s", "boat", "-o", target);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("already exists: pass --force", result.Stderr);
            Assert.Empty(server.Requests);
            Assert.Equal("old", await File.ReadAllTextAsync(target));
        }

        [Fact]
        public async Task Video_quote_prints_usd_and_no_wait_prints_the_queue_id()
        {
            await using LoopbackServer server = await QueueServerAsync("/video", "video/mp4", processingPolls: 0);

            CliResult quote = await RunAgainstAsync(server.BaseAddress, "video", "quote", "-m", "m-1", "--duration", "10s", "--resolution", "720p");
            CliResult queued = await RunAgainstAsync(server.BaseAddress, "video", "generate", "-m", "m-1", "--duration", "5s", "boat", "--no-wait");

            Assert.True(quote.ExitCode == 0, quote.ToString());
            Assert.Equal("$0.42", Lines(quote.Stdout).Single());
            using JsonDocument body = server.Requests[0].BodyJson();
            Assert.Equal("10s", body.RootElement.GetProperty("duration").GetString());
            Assert.Equal("720p", body.RootElement.GetProperty("resolution").GetString());
            Assert.True(queued.ExitCode == 0, queued.ToString());
            Assert.Equal("q-123", Lines(queued.Stdout).Single());
            Assert.Equal("/api/v1/video/queue", server.Requests[1].RawPath);
            Assert.Equal(2, server.Requests.Count);
        }

        [Fact]
        public async Task Video_status_and_download_of_a_running_job()
        {
            await using LoopbackServer server = await QueueServerAsync("/video", "video/mp4", processingPolls: 2);
            using var folder = new TempFolder();

            CliResult status = await RunAgainstAsync(server.BaseAddress, "video", "status", "-m", "m-1", "q-123");
            CliResult early = await RunAgainstAsync(server.BaseAddress, "video", "download", "-m", "m-1", "q-123", "-o", folder.File("v.mp4"));
            CliResult ready = await RunAgainstAsync(server.BaseAddress, "video", "download", "-m", "m-1", "q-123", "-o", folder.File("v.mp4"));

            Assert.True(status.ExitCode == 0, status.ToString());
            Assert.Equal("PROCESSING, running 01:29, typically 01:30", Lines(status.Stdout).Single());
            Assert.Equal(1, early.ExitCode);
            Assert.Contains("not ready: status PROCESSING", early.Stderr);
            Assert.True(ready.ExitCode == 0, ready.ToString());
            Assert.Equal(Mp4, await File.ReadAllBytesAsync(folder.File("v.mp4")));
            Assert.Equal(["v.mp4"], folder.Names());
        }

        [Fact]
        public async Task Music_generate_sends_the_audio_queue_request_and_saves_the_file()
        {
            await using LoopbackServer server = await QueueServerAsync("/audio", "audio/mpeg", processingPolls: 0);
            using var folder = new TempFolder();
            string target = folder.File("song.mp3");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "music", "generate", "-m", "m-1", "--duration", "60", "--instrumental", "--max-quote", "1", "lo-fi beat", "-o", target, "--json");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(Mp4, await File.ReadAllBytesAsync(target));
            using JsonDocument output = JsonDocument.Parse(result.Stdout);
            Assert.Equal("audio/mpeg", output.RootElement.GetProperty("content_type").GetString());
            Assert.Equal(["/audio/quote", "/audio/queue", "/audio/retrieve", "/audio/complete"], server.Requests.Select(r => r.RawPath["/api/v1".Length..]).ToArray());
            using JsonDocument queued = server.Requests[1].BodyJson();
            Assert.Equal("lo-fi beat", queued.RootElement.GetProperty("prompt").GetString());
            Assert.Equal(60, queued.RootElement.GetProperty("duration_seconds").GetInt32());
            Assert.True(queued.RootElement.GetProperty("force_instrumental").GetBoolean());
        }

        [Fact]
        public async Task Music_generate_over_the_max_quote_exits_1_without_queueing()
        {
            await using LoopbackServer server = await QueueServerAsync("/audio", "audio/mpeg", processingPolls: 0);
            using var folder = new TempFolder();

            CliResult result = await RunAgainstAsync(server.BaseAddress, "music", "generate", "-m", "m-1", "--max-quote", "0.10", "beat", "-o", folder.File("s.mp3"));

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(["/api/v1/audio/quote"], server.Requests.Select(r => r.RawPath).ToArray());
            Assert.Empty(folder.Names());
        }

        [Fact]
        public async Task Generate_without_output_or_no_wait_is_a_usage_error()
        {
            await using LoopbackServer server = await QueueServerAsync("/video", "video/mp4", processingPolls: 0);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "video", "generate", "-m", "m-1", "--duration", "5s", "boat");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("no output file", result.Stderr);
            Assert.Empty(server.Requests);
        }
    }
}
