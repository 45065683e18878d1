using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VeniceAot.Audio;
using VeniceAot.Json;
using VeniceAot.Testing;
using VeniceAot.Tests.Audio;
using VeniceAot.Tests.Chat;
using VeniceAot.Tests.Models;
using VeniceAot.Video;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Video
{
    /// <summary>
    /// The spec's audio and video examples (read from <c>shared/venice/examples</c> at run time, never copied) go through the
    /// request models and back to the same JSON.
    /// </summary>
    public sealed class MediaSpecExampleTests(ITestOutputHelper output)
    {
        [Fact]
        public void Speech_example_round_trips()
        {
            string? json = SharedVeniceFiles.TryRead("examples/createSpeech.request.1.json", output);
            if (json is null)
            {
                return;
            }

            SpeechRequest request = JsonSerializer.Deserialize(json, AudioJsonContext.Default.SpeechRequest)!;

            Assert.Equal(SpeechModel.XaiV1, request.Model);
            Assert.Equal(SpeechFormat.Mp3, request.ResponseFormat);
            Assert.Equal(SpeechVoice.AfSky, request.Voice);
            Assert.False(request.Streaming);
            AssertSameJson(json, JsonSerializer.Serialize(request, AudioJsonContext.Default.SpeechRequest));
        }

        [Fact]
        public async Task Transcription_example_fields_are_accepted_and_become_the_same_form_parts()
        {
            string? json = SharedVeniceFiles.TryRead("examples/createTranscription.request.1.json", output);
            if (json is null)
            {
                return;
            }

            // "file" is the upload itself (a placeholder string in the example); every other field is a TranscriptionRequest property.
            JsonObject example = JsonNode.Parse(json)!.AsObject();
            Assert.True(example.Remove("file"));
            TranscriptionRequest request = JsonSerializer.Deserialize(example.ToJsonString(), AudioJsonContext.Default.TranscriptionRequest)!;
            Assert.Equal(TranscriptionModel.WhisperLargeV3, request.Model);
            Assert.Equal(TranscriptionFormat.Json, request.ResponseFormat);
            Assert.False(request.Timestamps);
            AssertSameJson(example.ToJsonString(), JsonSerializer.Serialize(request, AudioJsonContext.Default.TranscriptionRequest));

            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"text":"ok"}""");
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            using var audio = new System.IO.MemoryStream([1, 2, 3]);
            await using (await client.Audio.TranscribeAsync(audio, "a.wav", request))
            {
            }

            List<TranscriptionTests.Part> parts = await TranscriptionTests.ReadPartsAsync(server.LastRequest);
            Assert.Equal(JsonNode.Parse(json)!.AsObject().Select(p => p.Key).Order(), parts.Select(p => p.Name).Order());
            foreach ((string key, JsonNode? value) in example)
            {
                string expected = value!.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(parts.Single(p => p.Name == key).Bytes));
            }
        }

        public static TheoryData<string> VideoFragments() =>
        [
            "reference_image_urls",
            "reference_video_urls",
            "reference_audio_urls",
            "reference_document_urls",
            "elements",
            "keyframes",
        ];

        [Theory]
        [MemberData(nameof(VideoFragments))]
        public void Queue_video_fragment_round_trips(string property)
        {
            string? fragment = SharedVeniceFiles.TryRead($"examples/fragments/QueueVideoRequest.{property}.json", output);
            if (fragment is null)
            {
                return;
            }

            var body = new JsonObject
            {
                ["model"] = "seedance-2-0-text-to-video-basic",
                ["prompt"] = "Commerce being conducted in the city of Venice, Italy.",
                ["duration"] = "10s",
                ["aspect_ratio"] = "16:9",
                [property] = JsonNode.Parse(fragment),
            };
            string json = body.ToJsonString();

            QueueVideoRequest request = JsonSerializer.Deserialize(json, VideoJsonContext.Default.QueueVideoRequest)!;

            Assert.Equal(VideoAspectRatio.Landscape16x9, request.AspectRatio);
            Assert.Equal(VideoDuration.TenSeconds, request.Duration);
            AssertSameJson(json, JsonSerializer.Serialize(request, VideoJsonContext.Default.QueueVideoRequest));
            if (property == "keyframes")
            {
                Assert.Equal([0, 120], request.Keyframes!.Select(k => k.FrameIndex));
            }
        }

        private static void AssertSameJson(string expectedJson, string actualJson)
        {
            JsonNode? expected = ChatTestSupport.WithoutNullMembers(JsonNode.Parse(expectedJson));
            JsonNode? actual = JsonNode.Parse(actualJson);
            Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");
        }
    }
}
