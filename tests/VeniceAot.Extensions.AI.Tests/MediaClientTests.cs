using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VeniceAot.Testing;

namespace VeniceAot.Extensions.AI.Tests
{
    /// <summary>
    /// The experimental MEAI interfaces (image generation, speech to text, text to speech). Microsoft.Extensions.AI marks them
    /// [Experimental("MEAI001")]; this class carries the same attribute, which is the opt-in (no warning suppression).
    /// </summary>
    [Experimental("MEAI001")]
    public sealed class MediaClientTests
    {
        private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

        [Fact]
        public async Task Image_generation_maps_size_count_format_and_venice_properties_and_returns_data()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$$"""
                {"id":"img-1","images":["{{{Convert.ToBase64String(Png)}}}","{{{Convert.ToBase64String(Png)}}}"],"timing":{"total":1.5}}
                """);
            IImageGenerator images = Harness.Venice(server).AsIImageGenerator("venice-sd35");

            ImageGenerationResponse response = await images.GenerateImagesAsync("a lighthouse", new ImageGenerationOptions
            {
                ImageSize = new System.Drawing.Size(1024, 768),
                Count = 2,
                MediaType = "image/png",
                AdditionalProperties = new() { [VeniceAIProperties.NegativePrompt] = "fog", [VeniceAIProperties.Steps] = 20, [VeniceAIProperties.SafeMode] = false },
            });

            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("/api/v1/image/generate", request.RawPath);
            Harness.AssertJsonBody("""
                {"model":"venice-sd35","prompt":"a lighthouse","width":1024,"height":768,"variants":2,"format":"png",
                 "negative_prompt":"fog","steps":20,"safe_mode":false}
                """, request);
            Assert.Equal(2, response.Contents.Count);
            DataContent image = Assert.IsType<DataContent>(response.Contents[0]);
            Assert.Equal("image/png", image.MediaType);
            Assert.Equal(Png, image.Data.ToArray());
        }

        [Fact]
        public async Task Image_edit_sends_the_original_image_and_returns_the_binary_answer()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "image/png", Png));
            IImageGenerator images = Harness.Venice(server).AsIImageGenerator();

            ImageGenerationResponse response = await images.GenerateAsync(
                new ImageGenerationRequest("make it blue", [new DataContent(Png, "image/png")]),
                new ImageGenerationOptions { ModelId = "qwen-edit-uncensored" });

            Assert.Equal("/api/v1/image/edit", server.LastRequest.RawPath);
            Harness.AssertJsonBody($$"""{"prompt":"make it blue","image":"{{Convert.ToBase64String(Png)}}","model":"qwen-edit-uncensored"}""", server.LastRequest);
            DataContent image = Assert.IsType<DataContent>(Assert.Single(response.Contents));
            Assert.Equal(Png, image.Data.ToArray());
        }

        [Fact]
        public async Task Text_to_speech_sends_voice_format_speed_and_returns_the_audio()
        {
            byte[] mp3 = [0x49, 0x44, 0x33, 4, 0, 0, 1, 2, 3];
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "audio/mpeg", mp3));
            ITextToSpeechClient speech = Harness.Venice(server).AsITextToSpeechClient("tts-kokoro");

            TextToSpeechResponse response = await speech.GetAudioAsync("Hello world", new TextToSpeechOptions
            {
                VoiceId = "af_sky",
                AudioFormat = "audio/mpeg",
                Speed = 1.5f,
                AdditionalProperties = new() { [VeniceAIProperties.Prompt] = "Cheerful." },
            });

            Assert.Equal("/api/v1/audio/speech", server.LastRequest.RawPath);
            Harness.AssertJsonBody("""
                {"input":"Hello world","model":"tts-kokoro","voice":"af_sky","response_format":"mp3","speed":1.5,"prompt":"Cheerful."}
                """, server.LastRequest);
            DataContent audio = Assert.IsType<DataContent>(Assert.Single(response.Contents));
            Assert.Equal("audio/mpeg", audio.MediaType);
            Assert.Equal(mp3, audio.Data.ToArray());

            List<TextToSpeechResponseUpdate> updates = [];
            await foreach (TextToSpeechResponseUpdate update in speech.GetStreamingAudioAsync("Hello again"))
            {
                updates.Add(update);
            }

            Harness.AssertJsonBody("""{"input":"Hello again","model":"tts-kokoro","streaming":true}""", server.LastRequest);
            Assert.Equal(mp3, updates.SelectMany(u => u.Contents.OfType<DataContent>().SelectMany(d => d.Data.ToArray())).ToArray());
            Assert.All(updates, u => Assert.Equal(TextToSpeechResponseUpdateKind.AudioUpdating, u.Kind));
        }

        [Fact]
        public async Task Speech_to_text_uploads_the_stream_with_model_and_language_and_returns_text_and_duration()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"text":"Hello from the audio.","duration":2.5}""");
            ISpeechToTextClient transcriber = Harness.Venice(server).AsISpeechToTextClient("nvidia/parakeet-tdt-0.6b-v3");
            byte[] wav = Encoding.ASCII.GetBytes("RIFF----WAVEfmt fake audio bytes");
            using var audio = new MemoryStream(wav);

            SpeechToTextResponse response = await transcriber.GetTextAsync(audio, new SpeechToTextOptions
            {
                SpeechLanguage = "en",
                AdditionalProperties = new() { [VeniceAIProperties.FileName] = "clip.wav" },
            });

            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("/api/v1/audio/transcriptions", request.RawPath);
            Assert.StartsWith("multipart/form-data", request.ContentType);
            Dictionary<string, (string? FileName, string Value)> parts = FormParts(request);
            Assert.Equal(("clip.wav", "RIFF----WAVEfmt fake audio bytes"), parts["file"]);
            Assert.Equal("nvidia/parakeet-tdt-0.6b-v3", parts["model"].Value);
            Assert.Equal("en", parts["language"].Value);
            Assert.Equal(3, parts.Count);
            Assert.Equal("Hello from the audio.", response.Text);
            Assert.Equal(TimeSpan.FromSeconds(2.5), response.EndTime);
            Assert.Equal("nvidia/parakeet-tdt-0.6b-v3", response.ModelId);
        }

        [Fact]
        public async Task Media_errors_surface_as_VeniceApiException_and_metadata_is_reported()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, """{"error":"Prompt too long"}""");
            VeniceClient venice = Harness.Venice(server);

            await Assert.ThrowsAsync<VeniceApiException>(() => venice.AsIImageGenerator("venice-sd35").GenerateImagesAsync("x"));
            await Assert.ThrowsAsync<VeniceApiException>(() => venice.AsITextToSpeechClient().GetAudioAsync("x"));
            Assert.Equal("venice", venice.AsIImageGenerator("venice-sd35").GetService<ImageGeneratorMetadata>()!.ProviderName);
            Assert.Equal("venice", venice.AsISpeechToTextClient().GetService<SpeechToTextClientMetadata>()!.ProviderName);
            Assert.Equal("venice", venice.AsITextToSpeechClient().GetService<TextToSpeechClientMetadata>()!.ProviderName);
        }
    

        /// <summary>The parts of a multipart/form-data body by name: file name (if any) and text value.</summary>
        private static Dictionary<string, (string? FileName, string Value)> FormParts(RecordedRequest request)
        {
            string boundary = request.ContentType!.Split("boundary=")[1].Trim('"');
            var parts = new Dictionary<string, (string? FileName, string Value)>();
            foreach (string section in request.BodyText.Split("--" + boundary))
            {
                int split = section.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (split < 0)
                {
                    continue;
                }

                string headers = section[..split];
                string value = section[(split + 4)..];
                value = value.EndsWith("\r\n", StringComparison.Ordinal) ? value[..^2] : value;
                System.Text.RegularExpressions.Match name = System.Text.RegularExpressions.Regex.Match(headers, "name=\"?([^\";\r\n]+)\"?");
                System.Text.RegularExpressions.Match file = System.Text.RegularExpressions.Regex.Match(headers, "filename=\"?([^\";\r\n]+)\"?");
                parts[name.Groups[1].Value] = (file.Success ? file.Groups[1].Value : null, value);
            }

            return parts;
        }
    }
}
