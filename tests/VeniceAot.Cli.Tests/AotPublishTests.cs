using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Testing;
using Xunit.Abstractions;

namespace VeniceAot.Cli.Tests
{
    /// <summary>
    /// The Native AOT proof: <c>dotnet publish</c> of the CLI (Release, linux-x64, into a temp folder with its own
    /// artifacts path so the Debug outputs are untouched) builds with no warnings at all, and the native binary
    /// then runs <c>keys list</c>, a streamed <c>chat</c>, <c>image generate</c> and a multipart <c>image upscale</c>
    /// against loopback servers as a real process.
    /// </summary>
    public sealed class AotPublishTests(ITestOutputHelper output)
    {
        private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(12);

        [Fact(Timeout = 15 * 60 * 1000)]
        public async Task Published_native_binary_has_no_trim_or_aot_warnings_and_runs_keys_chat_and_image_commands()
        {
            if (NativeAotPublisher.SkipProof(output.WriteLine))
            {
                return;
            }

            using ScratchFolder work = ScratchFolder.Create("venice-aot-");
            NativeAotPublish publish = await NativeAotPublisher.PublishProjectAsync(
                Path.Combine("src", "VeniceAot.Cli", "VeniceAot.Cli.csproj"), "venice", work.Path, PublishTimeout, output.WriteLine);
            Assert.True(publish.Problem is null, publish.Problem);
            Console.WriteLine(publish.Summary);
            string binary = publish.Binary;

            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """
                {"object":"list","data":[{"id":"k-aot-1","apiKeyType":"INFERENCE","description":"native","last6Chars":"q1w2e3","createdAt":"2025-03-04T05:06:00Z"}]}
                """);
            ProcessResult run = await ProcessRunner.RunAsync(
                binary,
                ["--base-url", server.BaseAddress.ToString(), "--api-key", CliRunner.ApiKey, "keys", "list"],
                work.Path,
                TimeSpan.FromSeconds(30));
            output.WriteLine(run.Output);

            Assert.True(run.ExitCode == 0, "The native binary failed:\n" + run.Output);
            Assert.Equal(string.Empty, run.Stderr);
            string[] lines = CliRunner.Lines(run.Stdout);
            Assert.Equal("ID       TYPE       DESCRIPTION  LAST6   CREATED (UTC)     EXPIRES (UTC)", lines[0]);
            Assert.Equal("k-aot-1  INFERENCE  native       q1w2e3  2025-03-04 05:06  never", lines[1]);
            Assert.DoesNotContain(CliRunner.ApiKey, run.Output);
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/api_keys", request.RawPath);
            Assert.Equal(string.Empty, request.QueryString);
            Assert.Equal("Bearer " + CliRunner.ApiKey, request.Header("Authorization"));

            await RunMediaRoundTripsAsync(binary, work.Path);
        }

        /// <summary>
        /// The native binary against the demo server: a streamed chat answer, an image generated to a file, and that
        /// file uploaded to <c>image upscale</c> (multipart) with the answer saved — the paths most likely to need
        /// reflection (SSE, MediaResponse content sniffing, multipart building, atomic file writes).
        /// </summary>
        private async Task RunMediaRoundTripsAsync(string binary, string work)
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);
            string[] connection = ["--base-url", server.BaseAddress.ToString(), "--api-key", CliRunner.ApiKey];

            ProcessResult chat = await ProcessRunner.RunAsync(binary, ["chat", "Is this native?", .. connection], work, TimeSpan.FromSeconds(30));
            output.WriteLine(chat.Output);
            Assert.True(chat.ExitCode == 0, "venice chat failed:\n" + chat.Output);
            Assert.Equal("This answer comes from the VeniceAot demo server, not a model. You asked: \"Is this native?\". Set VENICE_API_KEY to talk to the real API.", chat.Stdout.TrimEnd('\n'));
            using (JsonDocument chatBody = server.LastRequest.BodyJson())
            {
                Assert.True(chatBody.RootElement.GetProperty("stream").GetBoolean());
            }

            string generated = Path.Combine(work, "x.png");
            ProcessResult generate = await ProcessRunner.RunAsync(binary, ["image", "generate", "-m", "venice-sd35", "a lighthouse", "-o", generated, .. connection], work, TimeSpan.FromSeconds(30));
            output.WriteLine(generate.Output);
            Assert.True(generate.ExitCode == 0, "venice image generate failed:\n" + generate.Output);
            byte[] png = await File.ReadAllBytesAsync(generated);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            Assert.True(png.Length > 100, $"The PNG is only {png.Length} bytes.");
            Assert.Contains($"Saved {png.Length} bytes (image/png).", generate.Stderr);
            Assert.Equal(generated, generate.Stdout.TrimEnd('\n'));

            byte[] upscaled = [.. png, .. png];
            string? partProblem = "no request";
            await using LoopbackServer upscaler = await LoopbackServer.StartAsync(async (recorded, context) =>
            {
                List<Multipart.Part> parts = await Multipart.ReadPartsAsync(recorded);
                Multipart.Part? image = parts.SingleOrDefault(p => p.Name == "image");
                partProblem = recorded.RawPath != "/api/v1/image/upscale" ? "path " + recorded.RawPath
                    : image is null ? "no image part"
                    : image.FileName != "x.png" ? "file name " + image.FileName
                    : image.ContentType != "image/png" ? "content type " + image.ContentType
                    : !image.Bytes.AsSpan().SequenceEqual(png) ? "different bytes"
                    : parts.SingleOrDefault(p => p.Name == "scale")?.Text != "2" ? "scale part missing"
                    : null;
                await (partProblem is null
                    ? Respond.Bytes(context, 200, "image/png", upscaled)
                    : Respond.Json(context, 400, $$"""{"error":"bad upload: {{partProblem}}"}"""));
            });
            string bigger = Path.Combine(work, "y.png");
            ProcessResult upscale = await ProcessRunner.RunAsync(
                binary,
                ["image", "upscale", generated, "--scale", "2", "-o", bigger, "--base-url", upscaler.BaseAddress.ToString(), "--api-key", CliRunner.ApiKey],
                work,
                TimeSpan.FromSeconds(30));
            output.WriteLine(upscale.Output);
            Assert.Null(partProblem);
            Assert.True(upscale.ExitCode == 0, "venice image upscale failed:\n" + upscale.Output);
            Assert.Equal(upscaled, await File.ReadAllBytesAsync(bigger));
            Assert.DoesNotContain(CliRunner.ApiKey, chat.Output + generate.Output + upscale.Output);
        }

    }
}
