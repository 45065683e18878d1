using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary>A temporary folder per test, deleted afterwards.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "venice-cli-" + Guid.NewGuid().ToString("N")[..12]);

        public string File(string name) => System.IO.Path.Combine(Path, name);

        /// <summary>Every file in the folder, including hidden <c>.partial</c> leftovers.</summary>
        public string[] Names() => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>A multipart body as ASP.NET Core's own reader sees it.</summary>
    public static class Multipart
    {
        public sealed record Part(string Name, string? FileName, string? ContentType, byte[] Bytes)
        {
            public string Text => Encoding.UTF8.GetString(Bytes);
        }

        public static async Task<List<Part>> ReadPartsAsync(RecordedRequest request)
        {
            var mediaType = MediaTypeHeaderValue.Parse(request.ContentType);
            Assert.Equal("multipart/form-data", mediaType.MediaType.Value);
            string boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value!;
            var reader = new MultipartReader(boundary, new MemoryStream(request.Body));
            var parts = new List<Part>();
            while (await reader.ReadNextSectionAsync() is MultipartSection section)
            {
                Assert.True(ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out ContentDispositionHeaderValue? disposition));
                using var bytes = new MemoryStream();
                await section.Body.CopyToAsync(bytes);
                parts.Add(new Part(
                    HeaderUtilities.RemoveQuotes(disposition!.Name).Value!,
                    disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null,
                    section.ContentType,
                    bytes.ToArray()));
            }

            return parts;
        }
    }

    /// <summary><c>venice image …</c> in-process: the files written, the requests and uploads the server saw, and the failure paths.</summary>
    public sealed class ImageCommandsTests
    {
        /// <summary>A PNG signature followed by recognisable filler: enough for type sniffing and byte comparisons.</summary>
        internal static readonly byte[] FakePng = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7))];

        [Fact]
        public async Task Generate_asks_for_binary_and_saves_exactly_the_bytes_sent()
        {
            byte[] served = FakePng;
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "image/png", served));
            using var folder = new TempFolder();
            string target = folder.File("out.png");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "image", "generate", "-m", "flux-2-pro", "a red fox", "-o", target, "--width", "512");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(served, await File.ReadAllBytesAsync(target));
            Assert.Equal(target, Lines(result.Stdout).Single());
            Assert.Contains($"Saved {served.Length} bytes (image/png).", result.Stderr);
            Assert.Equal(["out.png"], folder.Names());
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/image/generate", request.RawPath);
            using JsonDocument body = request.BodyJson();
            Assert.Equal("flux-2-pro", body.RootElement.GetProperty("model").GetString());
            Assert.Equal("a red fox", body.RootElement.GetProperty("prompt").GetString());
            Assert.True(body.RootElement.GetProperty("return_binary").GetBoolean());
            Assert.Equal(512, body.RootElement.GetProperty("width").GetInt32());
        }

        [Fact]
        public async Task Generate_against_the_demo_server_writes_a_real_png()
        {
            var demo = new DemoVenice();
            await using LoopbackServer server = await LoopbackServer.StartAsync(demo.HandleAsync);
            using var folder = new TempFolder();
            string target = folder.File("x.png");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "image", "generate", "-m", "venice-sd35", "lighthouse", "-o", target, "--json");

            Assert.True(result.ExitCode == 0, result.ToString());
            byte[] png = await File.ReadAllBytesAsync(target);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            using JsonDocument json = JsonDocument.Parse(result.Stdout);
            Assert.Equal(target, json.RootElement.GetProperty("path").GetString());
            Assert.Equal(png.Length, json.RootElement.GetProperty("bytes").GetInt64());
            Assert.Equal("image/png", json.RootElement.GetProperty("content_type").GetString());
        }

        [Fact]
        public async Task Generate_decodes_a_base64_json_answer()
        {
            string json = $$"""{"id":"gen-1","images":["{{Convert.ToBase64String(FakePng)}}"],"timing":{"total":1200} }""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, json);
            using var folder = new TempFolder();
            string target = folder.File("b64.png");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "image", "generate", "-m", "flux-2-pro", "fox", "-o", target);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(FakePng, await File.ReadAllBytesAsync(target));
            Assert.Contains("(image/png)", result.Stderr);
            Assert.Equal(["b64.png"], folder.Names());
        }

        [Fact]
        public async Task Existing_output_is_a_usage_error_without_force_and_nothing_is_sent()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "image/png", FakePng));
            using var folder = new TempFolder();
            string target = folder.File("keep.png");
            await File.WriteAllTextAsync(target, "precious");

            CliResult refused = await RunAgainstAsync(server.BaseAddress, "image", "generate", "-m", "flux-2-pro", "fox", "-o", target);

            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("already exists: pass --force to overwrite it", refused.Stderr);
            Assert.Equal(string.Empty, refused.Stdout);
            Assert.Empty(server.Requests);
            Assert.Equal("precious", await File.ReadAllTextAsync(target));

            CliResult forced = await RunAgainstAsync(server.BaseAddress, "image", "generate", "-m", "flux-2-pro", "fox", "-o", target, "--force");

            Assert.True(forced.ExitCode == 0, forced.ToString());
            Assert.Equal(FakePng, await File.ReadAllBytesAsync(target));
            Assert.Single(server.Requests);
            Assert.Equal(["keep.png"], folder.Names());
        }

        [Fact]
        public async Task Upscale_uploads_the_file_as_a_multipart_image_part()
        {
            byte[] upscaled = [.. FakePng, .. FakePng];
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "image/png", upscaled));
            using var folder = new TempFolder();
            string input = folder.File("small.png");
            await File.WriteAllBytesAsync(input, FakePng);
            string target = folder.File("big.png");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "image", "upscale", input, "--scale", "4", "-o", target);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(upscaled, await File.ReadAllBytesAsync(target));
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/image/upscale", request.RawPath);
            List<Multipart.Part> parts = await Multipart.ReadPartsAsync(request);
            Multipart.Part image = Assert.Single(parts, p => p.Name == "image");
            Assert.Equal("small.png", image.FileName);
            Assert.Equal("image/png", image.ContentType);
            Assert.Equal(FakePng, image.Bytes);
            Assert.Equal("4", Assert.Single(parts, p => p.Name == "scale").Text);
            Assert.DoesNotContain(parts, p => p.Name == "creativity");
        }

        [Fact]
        public async Task Edit_sends_prompt_and_image_and_remove_bg_sends_the_image()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "image/png", FakePng));
            using var folder = new TempFolder();
            string input = folder.File("photo.png");
            await File.WriteAllBytesAsync(input, FakePng);

            CliResult edit = await RunAgainstAsync(server.BaseAddress, "image", "edit", input, "--prompt", "make the sky purple", "-o", folder.File("edited.png"));
            CliResult removed = await RunAgainstAsync(server.BaseAddress, "image", "remove-bg", input, "-o", folder.File("cut.png"));

            Assert.True(edit.ExitCode == 0, edit.ToString());
            Assert.True(removed.ExitCode == 0, removed.ToString());
            Assert.Equal(["cut.png", "edited.png", "photo.png"], folder.Names());
            Assert.Equal("/api/v1/image/edit", server.Requests[0].RawPath);
            List<Multipart.Part> editParts = await Multipart.ReadPartsAsync(server.Requests[0]);
            Assert.Equal("make the sky purple", Assert.Single(editParts, p => p.Name == "prompt").Text);
            Assert.Equal(FakePng, Assert.Single(editParts, p => p.Name == "image").Bytes);
            Assert.Equal("/api/v1/image/background-remove", server.Requests[1].RawPath);
            Multipart.Part cut = Assert.Single(await Multipart.ReadPartsAsync(server.Requests[1]));
            Assert.Equal(("image", "photo.png"), (cut.Name, cut.FileName));
        }

        [Fact]
        public async Task Missing_input_file_is_a_usage_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");
            using var folder = new TempFolder();

            CliResult result = await RunAgainstAsync(server.BaseAddress, "image", "upscale", folder.File("nope.png"), "-o", folder.File("y.png"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("does not exist", result.Stderr);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Http_400_exits_1_and_writes_no_file()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, """{"error":"Invalid request","details":{"prompt":{"_errors":["Prompt is too long"]}}}""");
            using var folder = new TempFolder();

            CliResult result = await RunAgainstAsync(server.BaseAddress, "image", "generate", "-m", "flux-2-pro", "fox", "-o", folder.File("x.png"));

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error: HTTP 400 BadRequest: Invalid request", result.Stderr);
            Assert.Contains("Prompt is too long", result.Stderr);
            Assert.Empty(folder.Names());
        }

        [Fact]
        public async Task Connection_lost_mid_download_exits_1_and_leaves_no_partial_file()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (_, context) =>
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "image/png";
                context.Response.ContentLength = 100_000;
                await context.Response.Body.WriteAsync(FakePng);
                await context.Response.Body.FlushAsync();
                context.Abort();
            });
            using var folder = new TempFolder();
            string input = folder.File("in.png");
            await File.WriteAllBytesAsync(input, FakePng);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "image", "upscale", input, "-o", folder.File("y.png"));

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.StartsWith("error:", result.Stderr);
            Assert.Equal(["in.png"], folder.Names());
        }

        [Fact]
        public async Task Ctrl_c_mid_download_exits_130_and_leaves_no_partial_file()
        {
            var firstBytesSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (_, context) =>
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "image/png";
                context.Response.ContentLength = 100_000;
                await context.Response.Body.WriteAsync(FakePng);
                await context.Response.Body.FlushAsync();
                firstBytesSent.TrySetResult();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }
            });
            using var folder = new TempFolder();
            using var cancellation = new CancellationTokenSource();
            string[] args = ["image", "generate", "-m", "flux-2-pro", "fox", "-o", folder.File("x.png"), "--api-key", ApiKey, "--base-url", server.BaseAddress.ToString()];

            Task<CliResult> run = RunAsync(new Dictionary<string, string?>(), cancellation.Token, args);
            await firstBytesSent.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await Task.Delay(100);
            cancellation.Cancel();
            CliResult result = await run;

            Assert.True(result.ExitCode == 130, result.ToString());
            Assert.Contains("Cancelled.", result.Stderr);
            Assert.Empty(folder.Names());
        }

        [Fact]
        public async Task Styles_lists_one_per_line_and_json_prints_the_answer()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"object":"list","data":["3D Model","Analog Film","Anime"]}""");

            CliResult text = await RunAgainstAsync(server.BaseAddress, "image", "styles");
            CliResult json = await RunAgainstAsync(server.BaseAddress, "image", "styles", "--json");

            Assert.True(text.ExitCode == 0, text.ToString());
            Assert.Equal(["3D Model", "Analog Film", "Anime"], Lines(text.Stdout));
            using JsonDocument document = JsonDocument.Parse(json.Stdout);
            Assert.Equal(3, document.RootElement.GetProperty("data").GetArrayLength());
            Assert.Equal("GET", server.Requests[0].Method);
            Assert.Equal("/api/v1/image/styles", server.Requests[0].RawPath);
        }

        [Fact]
        public async Task Help_shows_an_example()
        {
            CliResult result = await RunAsync("image", "upscale", "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("venice image upscale photo.png --scale 4 -o photo-4x.png", result.Stdout);
        }
    }
}
