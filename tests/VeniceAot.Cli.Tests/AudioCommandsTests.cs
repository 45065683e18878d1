using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice speech</c> and <c>venice transcribe</c> in-process.</summary>
    public sealed class AudioCommandsTests
    {
        private static readonly byte[] Mp3 = [(byte)'I', (byte)'D', (byte)'3', .. Enumerable.Range(0, 3000).Select(i => (byte)(i * 13))];

        [Fact]
        public async Task Speech_sends_text_voice_and_model_and_saves_the_audio()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "audio/mpeg", Mp3));
            using var folder = new TempFolder();
            string target = folder.File("hello.mp3");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "speech", "-m", "tts-kokoro", "--voice", "af_sky", "Hello from Venice", "-o", target);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(Mp3, await File.ReadAllBytesAsync(target));
            Assert.Equal(target, Lines(result.Stdout).Single());
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("/api/v1/audio/speech", request.RawPath);
            using JsonDocument body = request.BodyJson();
            Assert.Equal("Hello from Venice", body.RootElement.GetProperty("input").GetString());
            Assert.Equal("af_sky", body.RootElement.GetProperty("voice").GetString());
            Assert.Equal("tts-kokoro", body.RootElement.GetProperty("model").GetString());
            Assert.False(body.RootElement.TryGetProperty("response_format", out _));
        }

        [Fact]
        public async Task Speech_refuses_to_overwrite_without_force()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "audio/mpeg", Mp3));
            using var folder = new TempFolder();
            string target = folder.File("hello.mp3");
            await File.WriteAllTextAsync(target, "old");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "speech", "hi", "-o", target);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--force", result.Stderr);
            Assert.Empty(server.Requests);
            Assert.Equal("old", await File.ReadAllTextAsync(target));
        }

        [Fact]
        public async Task Transcribe_uploads_the_file_and_prints_the_text()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"text":"Hello there.","duration":1.5}""");
            using var folder = new TempFolder();
            string input = folder.File("clip.mp3");
            await File.WriteAllBytesAsync(input, Mp3);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "transcribe", input, "-m", "openai/whisper-large-v3");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("Hello there.\n", result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("/api/v1/audio/transcriptions", request.RawPath);
            List<Multipart.Part> parts = await Multipart.ReadPartsAsync(request);
            Multipart.Part file = Assert.Single(parts, p => p.FileName is not null);
            Assert.Equal("clip.mp3", file.FileName);
            Assert.Equal(Mp3, file.Bytes);
            Assert.Equal("openai/whisper-large-v3", Assert.Single(parts, p => p.Name == "model").Text);
        }

        [Fact]
        public async Task Transcribe_prints_a_text_plain_answer_and_json_prints_the_json_answer()
        {
            using var folder = new TempFolder();
            string input = folder.File("clip.mp3");
            await File.WriteAllBytesAsync(input, Mp3);
            await using LoopbackServer plain = await LoopbackServer.StartAsync((_, context) => Respond.Text(context, 200, "text/plain; charset=utf-8", "Plain words.\n"));
            await using LoopbackServer json = await LoopbackServer.StartJsonAsync(200, """{"text":"Hi","duration":0.5,"timestamps":{"word":[{"word":"Hi","start":0,"end":0.4}]}}""");

            CliResult text = await RunAgainstAsync(plain.BaseAddress, "transcribe", input);
            CliResult structured = await RunAgainstAsync(json.BaseAddress, "transcribe", input, "--json", "--timestamps");

            Assert.True(text.ExitCode == 0, text.ToString());
            Assert.Equal("Plain words.", Lines(text.Stdout).Single());
            Assert.True(structured.ExitCode == 0, structured.ToString());
            using JsonDocument document = JsonDocument.Parse(structured.Stdout);
            Assert.Equal("Hi", document.RootElement.GetProperty("text").GetString());
            Assert.Equal("Hi", document.RootElement.GetProperty("timestamps").GetProperty("word")[0].GetProperty("word").GetString());
            List<Multipart.Part> parts = await Multipart.ReadPartsAsync(json.LastRequest);
            Assert.Equal("json", Assert.Single(parts, p => p.Name == "response_format").Text);
            Assert.Equal("true", Assert.Single(parts, p => p.Name == "timestamps").Text);
        }

        [Fact]
        public async Task Transcribe_400_exits_1()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, """{"error":"Unsupported audio format"}""");
            using var folder = new TempFolder();
            string input = folder.File("clip.xyz");
            await File.WriteAllBytesAsync(input, Encoding.ASCII.GetBytes("nope"));

            CliResult result = await RunAgainstAsync(server.BaseAddress, "transcribe", input);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("HTTP 400 BadRequest: Unsupported audio format", result.Stderr);
            Assert.Equal(string.Empty, result.Stdout);
        }
    }
}
