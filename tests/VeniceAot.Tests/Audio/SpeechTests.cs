using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Audio;
using VeniceAot.Http;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Audio
{
    /// <summary><c>POST /audio/speech</c>: the exact request, binary download and save, and chunk-by-chunk streaming.</summary>
    public sealed class SpeechTests
    {
        private static readonly byte[] Mp3 = [0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0x21, 0xFF, 0xFB, 0x90, 0x44, 7, 7, 7];

        [Fact]
        public async Task Speech_sends_exact_json_and_saves_the_audio()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "audio/mpeg", Mp3));
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            string directory = MediaTestSupport.TempDirectory();
            try
            {
                var request = new SpeechRequest
                {
                    Input = "Hello, welcome to Venice Voice.",
                    Model = SpeechModel.XaiV1,
                    Voice = SpeechVoice.FromValue("vv_voice_abc123xyz"),
                    ResponseFormat = SpeechFormat.Mp3,
                    Speed = 1.25,
                };
                await using (BinaryResponse audio = await client.Audio.CreateSpeechAsync(request))
                {
                    Assert.Equal("audio/mpeg", audio.ContentType);
                    Assert.Equal(Mp3.Length, await audio.SaveToFileAsync(Path.Combine(directory, "hello.mp3")));
                }

                Assert.Equal(Mp3, await File.ReadAllBytesAsync(Path.Combine(directory, "hello.mp3")));
                Assert.Equal("hello.mp3", Path.GetFileName(Assert.Single(Directory.GetFiles(directory))));
                RecordedRequest sent = server.LastRequest;
                Assert.Equal("POST", sent.Method);
                Assert.Equal("/api/v1/audio/speech", sent.RawPath);
                Assert.StartsWith("application/json", sent.ContentType);
                Assert.Equal(
                    """{"input":"Hello, welcome to Venice Voice.","model":"tts-xai-v1","response_format":"mp3","speed":1.25,"voice":"vv_voice_abc123xyz"}""",
                    sent.BodyText);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task Simple_overload_sends_only_what_was_given()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Respond.Bytes(context, 200, "audio/wav", Mp3));
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            await using BinaryResponse audio = await client.Audio.CreateSpeechAsync("Hi", SpeechVoice.AfBella);

            Assert.Equal("audio/wav", audio.ContentType);
            Assert.Equal("""{"input":"Hi","voice":"af_bella"}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Streaming_speech_yields_each_chunk_as_the_server_flushes_it()
        {
            byte[][] sentences = [[1, 2, 3, 4], [5, 6, 7], [8, 9, 10, 11, 12]];
            int[] boundaries = [4, 7, 12];
            var released = new TaskCompletionSource[] { new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously) };
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (_, context) =>
            {
                context.Response.StatusCode = 200;
                context.Response.ContentType = "audio/mpeg";
                for (int i = 0; i < sentences.Length; i++)
                {
                    await MediaTestSupport.WriteChunkAsync(context, sentences[i]);
                    if (i < released.Length)
                    {
                        // The next sentence is written only after the client has received this one: proof that nothing is buffered.
                        await released[i].Task.WaitAsync(MediaTestSupport.Bound);
                    }
                }
            });
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            var chunks = new List<byte[]>();
            int received = 0;
            var request = new SpeechRequest { Input = "One. Two. Three.", Model = SpeechModel.Kokoro };
            await foreach (ReadOnlyMemory<byte> chunk in client.Audio.StreamSpeechAsync(request).WithCancellation(new System.Threading.CancellationTokenSource(MediaTestSupport.Bound).Token))
            {
                chunks.Add(chunk.ToArray());
                received += chunk.Length;
                for (int i = 0; i < released.Length; i++)
                {
                    if (received >= boundaries[i])
                    {
                        released[i].TrySetResult();
                    }
                }
            }

            Assert.True(chunks.Count >= 3, $"expected 3 or more chunks, got {chunks.Count}");
            Assert.Equal(sentences.SelectMany(s => s).ToArray(), chunks.SelectMany(c => c).ToArray());
            Assert.Null(request.Streaming);
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.True(body.RootElement.GetProperty("streaming").GetBoolean());
            Assert.Equal("tts-kokoro", body.RootElement.GetProperty("model").GetString());
        }

        [Fact]
        public async Task Streaming_speech_content_stream_is_unbuffered_too()
        {
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (_, context) =>
            {
                context.Response.ContentType = "audio/opus";
                await MediaTestSupport.WriteChunkAsync(context, [1, 2, 3]);
                await release.Task.WaitAsync(MediaTestSupport.Bound);
                await MediaTestSupport.WriteChunkAsync(context, [4, 5]);
            });
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            await using BinaryResponse audio = await client.Audio.CreateSpeechAsync(new SpeechRequest { Input = "x", Streaming = true });
            byte[] buffer = new byte[16];
            int first = await audio.Content.ReadAsync(buffer).AsTask().WaitAsync(MediaTestSupport.Bound);
            release.SetResult();
            using var rest = new MemoryStream();
            await audio.Content.CopyToAsync(rest).WaitAsync(MediaTestSupport.Bound);

            Assert.Equal(new byte[] { 1, 2, 3 }, buffer[..first]);
            Assert.Equal(new byte[] { 4, 5 }, rest.ToArray());
        }

        [Fact]
        public async Task Speech_400_surfaces_venice_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, """{"error":"Unsupported response_format for this model","details":{"_errors":[],"response_format":{"_errors":["Invalid"]}}}""");
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Audio.CreateSpeechAsync("x", format: SpeechFormat.Pcm));

            Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal(["Invalid"], error.Details!.Fields["response_format"].Errors);
        }
    }
}
