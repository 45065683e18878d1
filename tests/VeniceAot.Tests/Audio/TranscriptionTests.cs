using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using VeniceAot.Audio;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Audio
{
    /// <summary>Multipart uploads (<c>/audio/transcriptions</c>, <c>/audio/voices</c>) parsed part by part, and JSON vs text answers.</summary>
    public sealed class TranscriptionTests
    {
        private static readonly byte[] Wav = Encoding.ASCII.GetBytes("RIFF\u0024\0\0\0WAVEfmt ").Concat(Enumerable.Range(0, 300).Select(i => (byte)i)).ToArray();

        internal sealed record Part(string Name, string? FileName, string? ContentType, byte[] Bytes, string Disposition);

        /// <summary>Parses the recorded body with ASP.NET Core's own multipart reader.</summary>
        internal static async Task<List<Part>> ReadPartsAsync(RecordedRequest request)
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
                    bytes.ToArray(),
                    section.ContentDisposition!));
            }

            return parts;
        }

        private static string Text(Part part) => Encoding.UTF8.GetString(part.Bytes);

        [Fact]
        public async Task Transcription_from_a_file_sends_each_part_and_parses_json()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """
                {"text":"Hello there","duration":1.5,"timestamps":{"word":[{"word":"Hello","start":0,"end":0.4},{"word":"there","start":0.5,"end":0.9}],"segment":[{"text":"Hello there","start":0,"end":0.9}]},"language":"en"}
                """);
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            string directory = MediaTestSupport.TempDirectory();
            try
            {
                string path = Path.Combine(directory, "speech.wav");
                await File.WriteAllBytesAsync(path, Wav);
                var request = new TranscriptionRequest { Model = TranscriptionModel.WhisperLargeV3, Timestamps = true, Language = "en" };

                await using MediaResponse<TranscriptionResponse> response = await client.Audio.TranscribeAsync(path, request);

                Assert.True(response.IsJson);
                Assert.Equal("Hello there", response.Value!.Text);
                Assert.Equal(1.5, response.Value.Duration);
                Assert.Equal(["Hello", "there"], response.Value.Timestamps!.Word!.Select(w => w.Word));
                Assert.Equal(0.9, response.Value.Timestamps.Segment![0].End);
                Assert.True(response.Value.AdditionalProperties!.ContainsKey("language"));
                Assert.Equal("Hello there", await response.ReadTextAsync());

                RecordedRequest sent = server.LastRequest;
                Assert.Equal("/api/v1/audio/transcriptions", sent.RawPath);
                Assert.Equal("Bearer " + ApiKeysTests.Key, sent.Header("Authorization"));
                List<Part> parts = await ReadPartsAsync(sent);
                Assert.Equal(["file", "model", "timestamps", "language"], parts.Select(p => p.Name));
                Part file = parts[0];
                Assert.Equal("speech.wav", file.FileName);
                Assert.Equal("audio/wav", file.ContentType);
                Assert.Equal(Wav, file.Bytes);
                Assert.Contains("name=\"file\"; filename=\"speech.wav\"", file.Disposition, StringComparison.Ordinal);
                Assert.Equal("openai/whisper-large-v3", Text(parts[1]));
                Assert.Equal("true", Text(parts[2]));
                Assert.Equal("en", Text(parts[3]));
                Assert.All(parts.Skip(1), p => Assert.Null(p.FileName));
                Assert.True(File.Exists(path)); // the upload closed its own handle; the file is untouched
                File.Delete(path);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task Transcription_as_text_reads_text_plain()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) =>
                Respond.Text(context, 200, "text/plain; charset=utf-8", "Grüße aus Venedig"));
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            using var audio = new MemoryStream(Wav);
            audio.Position = 10;

            await using MediaResponse<TranscriptionResponse> response = await client.Audio.TranscribeAsync(
                audio, "clip.ogg", new TranscriptionRequest { ResponseFormat = TranscriptionFormat.Text });

            Assert.False(response.IsJson);
            Assert.Equal("text/plain", response.Media!.ContentType);
            Assert.Equal("Grüße aus Venedig", await response.ReadTextAsync());
            Assert.True(audio.CanRead); // the caller's stream is left open
            List<Part> parts = await ReadPartsAsync(server.LastRequest);
            Assert.Equal(["file", "response_format"], parts.Select(p => p.Name));
            Assert.Equal("clip.ogg", parts[0].FileName);
            Assert.Equal("audio/ogg", parts[0].ContentType);
            Assert.Equal(Wav[10..], parts[0].Bytes);
            Assert.Equal("text", Text(parts[1]));
        }

        [Fact]
        public async Task Voice_clone_uploads_file_and_model()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"id":"vv_voice_abc123xyz","model":"tts-chatterbox-hd"}""");
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            using var sample = new MemoryStream(Wav);

            ClonedVoiceResponse voice = await client.Audio.CloneVoiceAsync(MediaUpload.FromStream(sample, "voz de prueba ñ.mp3", "audio/mpeg"), ClonedVoiceModel.ChatterboxHd);

            Assert.Equal("vv_voice_abc123xyz", voice.Id);
            Assert.Equal(ClonedVoiceModel.ChatterboxHd, voice.Model);
            RecordedRequest sent = server.LastRequest;
            Assert.Equal("/api/v1/audio/voices", sent.RawPath);
            List<Part> parts = await ReadPartsAsync(sent);
            Assert.Equal(["file", "model"], parts.Select(p => p.Name));
            Assert.Equal("audio/mpeg", parts[0].ContentType);
            Assert.Equal(Wav, parts[0].Bytes);
            Assert.Contains("filename*=utf-8''", parts[0].Disposition, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("voz de prueba _.mp3", parts[0].FileName);
            Assert.Equal("tts-chatterbox-hd", Text(parts[1]));
        }

        [Fact]
        public async Task Upload_413_is_typed()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(413, """{"code":"PAYLOAD_TOO_LARGE","error":"File exceeds the maximum allowed size of 25 MB."}""");
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            using var audio = new MemoryStream(Wav);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Audio.TranscribeAsync(audio, "big.wav"));

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.StatusCode);
            Assert.Equal("PAYLOAD_TOO_LARGE", error.ErrorCode);
            Assert.Equal("File exceeds the maximum allowed size of 25 MB.", error.Error);
            Assert.True(error.TryGetPayloadTooLarge(out PayloadTooLargeError? typed));
            Assert.Equal("PAYLOAD_TOO_LARGE", typed.Code);
            Assert.False(error.TryGetContentViolation(out _));
        }

        [Fact]
        public void Missing_file_fails_before_sending()
        {
            Assert.Throws<FileNotFoundException>(() => MediaUpload.FromFile(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".wav")));
        }
    }
}
