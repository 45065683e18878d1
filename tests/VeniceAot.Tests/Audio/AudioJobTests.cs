using System;
using System.IO;
using System.Net;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using VeniceAot.Audio;
using VeniceAot.Http;
using VeniceAot.Json;
using VeniceAot.Testing;

namespace VeniceAot.Tests.Audio
{
    /// <summary>Audio/music jobs: JSON vs binary retrieve, the duration union, content violations and the whole job.</summary>
    public sealed class AudioJobTests
    {
        private static readonly byte[] Flac = [0x66, 0x4C, 0x61, 0x43, 0, 0, 0, 0x22, 1, 2, 3];

        [Fact]
        public async Task Retrieve_dispatches_on_content_type()
        {
            int calls = 0;
            await using LoopbackServer server = await LoopbackServer.StartAsync((_, context) => Interlocked.Increment(ref calls) == 1
                ? Respond.Json(context, 200, """{"status":"PROCESSING","average_execution_time":20000,"execution_duration":5200}""")
                : Respond.Bytes(context, 200, "audio/flac", Flac));
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            await using (MediaResponse<AudioJobStatusResponse> running = await client.Audio.RetrieveAsync("elevenlabs-music", "q-1"))
            {
                Assert.True(running.IsJson);
                Assert.Equal(AudioJobStatus.Processing, running.Value!.Status);
                Assert.Equal(20000, running.Value.AverageExecutionTime);
                Assert.Equal(5200, running.Value.ExecutionDuration);
            }

            Assert.Equal("""{"model":"elevenlabs-music","queue_id":"q-1"}""", server.LastRequest.BodyText);

            await using MediaResponse<AudioJobStatusResponse> done = await client.Audio.RetrieveAsync(
                new RetrieveAudioRequest { Model = "elevenlabs-music", QueueId = "q-1", DeleteMediaOnCompletion = true });
            Assert.False(done.IsJson);
            Assert.Equal("audio/flac", done.Media!.ContentType);
            using var bytes = new MemoryStream();
            await done.Media.Content.CopyToAsync(bytes);
            Assert.Equal(Flac, bytes.ToArray());
            Assert.Equal("""{"model":"elevenlabs-music","queue_id":"q-1","delete_media_on_completion":true}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Queue_422_surfaces_suggested_prompt()
        {
            const string body = """{"error":"Your prompt violates the content policy","suggested_prompt":"A cinematic instrumental track inspired by stormy weather."}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(422, body);
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() =>
                client.Audio.QueueAsync(new QueueAudioRequest { Model = "elevenlabs-music", Prompt = "something bad" }));

            Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
            Assert.Equal("Your prompt violates the content policy", error.Error);
            Assert.True(error.TryGetContentViolation(out ContentViolationError? violation));
            Assert.Equal("A cinematic instrumental track inspired by stormy weather.", violation.SuggestedPrompt);
            Assert.False(error.TryGetProviderContentPolicy(out _));
        }

        [Fact]
        public async Task Queue_and_quote_send_duration_in_the_form_given()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) => request.RawPath.EndsWith("/quote", StringComparison.Ordinal)
                ? Respond.Json(context, 200, """{"quote":"0.75"}""")
                : Respond.Json(context, 200, """{"model":"elevenlabs-music","queue_id":"q-9","status":"QUEUED"}"""));
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            QueueAudioResponse queued = await client.Audio.QueueAsync(new QueueAudioRequest { Model = "elevenlabs-music", Prompt = "rain", DurationSeconds = 60, ForceInstrumental = true });
            Assert.Equal("""{"model":"elevenlabs-music","prompt":"rain","duration_seconds":60,"force_instrumental":true}""", server.LastRequest.BodyText);
            Assert.Equal(AudioJobStatus.Queued, queued.Status);
            Assert.Equal("q-9", queued.QueueId);

            AudioQuoteResponse quote = await client.Audio.QuoteAsync(new QuoteAudioRequest { Model = "elevenlabs-music", DurationSeconds = "45", CharacterCount = 100 });
            Assert.Equal("""{"model":"elevenlabs-music","duration_seconds":"45","character_count":100}""", server.LastRequest.BodyText);
            Assert.Equal(0.75m, quote.Quote);
        }

        [Theory]
        [InlineData("""{"model":"m","prompt":"p","duration_seconds":60}""", 60)]
        [InlineData("""{"model":"m","prompt":"p","duration_seconds":"60"}""", 60)]
        public void Duration_union_round_trips_in_its_own_form(string json, int seconds)
        {
            QueueAudioRequest request = JsonSerializer.Deserialize(json, AudioJsonContext.Default.QueueAudioRequest)!;

            Assert.Equal(seconds, request.DurationSeconds!.Value.Seconds);
            Assert.Equal(json, JsonSerializer.Serialize(request, AudioJsonContext.Default.QueueAudioRequest));
        }

        [Fact]
        public async Task Whole_audio_job_quotes_polls_and_writes_to_a_stream()
        {
            int retrieves = 0;
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) => request.RawPath switch
            {
                "/api/v1/audio/quote" => Respond.Json(context, 200, """{"quote":0.5}"""),
                "/api/v1/audio/queue" => Respond.Json(context, 200, """{"model":"elevenlabs-music","queue_id":"a-1","status":"QUEUED"}"""),
                "/api/v1/audio/retrieve" => Interlocked.Increment(ref retrieves) == 1
                    ? Respond.Json(context, 200, """{"status":"PROCESSING","average_execution_time":20000,"execution_duration":15000}""")
                    : Respond.Bytes(context, 200, "audio/mpeg", Flac),
                _ => Respond.Json(context, 404, """{"error":"unexpected"}"""),
            });
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            var time = new VirtualTimeProvider();
            using var destination = new MemoryStream();

            MediaJobResult result = await client.Audio.GenerateAsync(
                new QueueAudioRequest { Model = "elevenlabs-music", Prompt = "rain", DurationSeconds = 30 },
                destination,
                new MediaJobOptions { Quote = true, Cleanup = MediaJobCleanup.DeleteOnRetrieve, TimeProvider = time }).WaitAsync(MediaTestSupport.Bound);

            Assert.Equal(Flac, destination.ToArray());
            Assert.Equal(0.5m, result.Quote);
            Assert.Equal("a-1", result.QueueId);
            Assert.Equal("audio/mpeg", result.ContentType);
            Assert.Equal(Flac.Length, result.BytesWritten);
            Assert.True(result.CleanedUp);
            Assert.Equal([TimeSpan.FromSeconds(5)], time.Waits);
            Assert.Equal(
                ["/api/v1/audio/quote", "/api/v1/audio/queue", "/api/v1/audio/retrieve", "/api/v1/audio/retrieve"],
                System.Linq.Enumerable.Select(server.Requests, r => r.RawPath));
            Assert.Equal("""{"model":"elevenlabs-music","duration_seconds":30}""", server.Requests[0].BodyText);
            Assert.Equal("""{"model":"elevenlabs-music","queue_id":"a-1","delete_media_on_completion":true}""", server.Requests[3].BodyText);
        }

        [Fact]
        public async Task A_quote_above_the_limit_queues_nothing()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"quote":3.25}""");
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            MediaJobQuoteExceededException error = await Assert.ThrowsAsync<MediaJobQuoteExceededException>(() =>
                client.Audio.GenerateAsync(new QueueAudioRequest { Model = "m", Prompt = "p" }, Stream.Null, new MediaJobOptions { MaxQuote = 1m }));

            Assert.Equal(3.25m, error.Quote);
            Assert.Equal("/api/v1/audio/quote", Assert.Single(server.Requests).RawPath);
        }
    }
}
