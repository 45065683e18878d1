using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using VeniceAot.Http;
using VeniceAot.Testing;
using VeniceAot.Tests.Audio;
using VeniceAot.Video;

namespace VeniceAot.Tests.Video
{
    /// <summary>Video jobs from queue to complete: polling pace, progress, atomic saves, cancellation, download URLs and errors.</summary>
    public sealed class VideoJobTests
    {
        private static readonly byte[] Mp4 = [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6D, 0x70, 0x34, 0x32, 9, 9, 9, 9];

        private static QueueVideoRequest Job => new()
        {
            Model = "wan-2-7-text-to-video",
            Prompt = "Commerce being conducted in the city of Venice, Italy.",
            Duration = VideoDuration.FiveSeconds,
            AspectRatio = VideoAspectRatio.Landscape16x9,
            Resolution = VideoResolution.P720,
        };

        /// <summary>Queue answers q-1; retrieve answers PROCESSING twice, then the mp4 (or holds it open after a few bytes).</summary>
        private static Func<RecordedRequest, HttpContext, Task> Venice(bool holdDownload = false)
        {
            int retrieves = 0;
            return async (request, context) =>
            {
                switch (request.RawPath)
                {
                    case "/api/v1/video/queue":
                        await Respond.Json(context, 200, """{"model":"wan-2-7-text-to-video","queue_id":"q-1"}""");
                        break;
                    case "/api/v1/video/retrieve":
                        int n = Interlocked.Increment(ref retrieves);
                        if (n == 1)
                        {
                            await Respond.Json(context, 200, """{"status":"PROCESSING","average_execution_time":145000,"execution_duration":53200}""");
                        }
                        else if (n == 2)
                        {
                            await Respond.Json(context, 200, """{"status":"PROCESSING","average_execution_time":145000,"execution_duration":140000}""");
                        }
                        else if (holdDownload)
                        {
                            context.Response.ContentType = "video/mp4";
                            context.Response.ContentLength = 1_000_000;
                            await MediaTestSupport.WriteChunkAsync(context, Mp4);
                            await MediaTestSupport.HoldUntilAbortedAsync(context);
                        }
                        else
                        {
                            await Respond.Bytes(context, 200, "video/mp4", Mp4);
                        }

                        break;
                    case "/api/v1/video/complete":
                        await Respond.Json(context, 200, """{"success":true}""");
                        break;
                    default:
                        await Respond.Json(context, 404, """{"error":"unexpected"}""");
                        break;
                }
            };
        }

        [Fact]
        public async Task Video_job_runs_from_queue_to_complete_with_progress_and_an_atomic_save()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(Venice());
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            var time = new VirtualTimeProvider();
            var progress = new ProgressLog<MediaJobProgress>();
            string directory = MediaTestSupport.TempDirectory();
            try
            {
                string target = Path.Combine(directory, "venice.mp4");
                MediaJobResult result = await client.Video.GenerateToFileAsync(Job, target, new MediaJobOptions { TimeProvider = time }, progress)
                    .WaitAsync(MediaTestSupport.Bound);

                Assert.Equal(Mp4, await File.ReadAllBytesAsync(target));
                Assert.Equal("venice.mp4", Path.GetFileName(Assert.Single(Directory.GetFiles(directory))));
                Assert.Equal("q-1", result.QueueId);
                Assert.Equal("wan-2-7-text-to-video", result.Model);
                Assert.Equal("video/mp4", result.ContentType);
                Assert.Equal(Mp4.Length, result.BytesWritten);
                Assert.True(result.CleanedUp);
                Assert.Null(result.CleanupError);
                Assert.Null(result.Quote);
                Assert.Equal(TimeSpan.FromSeconds(35), result.Elapsed);

                // 145 s expected − 53.2 s done → clamped to the 30 s maximum; then 145 − 140 → 5 s.
                Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5)], time.Waits);
                Assert.Equal(
                    [MediaJobState.Queued, MediaJobState.Processing, MediaJobState.Processing, MediaJobState.Downloading, MediaJobState.Completing, MediaJobState.Completed],
                    progress.Items.Select(p => p.State));
                Assert.All(progress.Items, p => Assert.Equal("q-1", p.QueueId));
                Assert.Null(progress.Items[0].EstimatedTotal);
                Assert.Equal(TimeSpan.FromSeconds(145), progress.Items[1].EstimatedTotal);
                Assert.Equal(TimeSpan.Zero, progress.Items[1].Elapsed);
                Assert.Equal(TimeSpan.FromSeconds(30), progress.Items[2].Elapsed);

                Assert.Equal(
                    ["/api/v1/video/queue", "/api/v1/video/retrieve", "/api/v1/video/retrieve", "/api/v1/video/retrieve", "/api/v1/video/complete"],
                    server.Requests.Select(r => r.RawPath));
                Assert.Equal(
                    """{"model":"wan-2-7-text-to-video","prompt":"Commerce being conducted in the city of Venice, Italy.","duration":"5s","aspect_ratio":"16:9","resolution":"720p"}""",
                    server.Requests[0].BodyText);
                Assert.All(server.Requests.Skip(1), r => Assert.Equal("""{"model":"wan-2-7-text-to-video","queue_id":"q-1"}""", r.BodyText));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task Cancelling_mid_poll_throws_and_leaves_no_file()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(Venice());
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            var time = new VirtualTimeProvider { Hold = true };
            string directory = MediaTestSupport.TempDirectory();
            try
            {
                using var cts = new CancellationTokenSource();
                Task<MediaJobResult> job = client.Video.GenerateToFileAsync(Job, Path.Combine(directory, "v.mp4"), new MediaJobOptions { TimeProvider = time }, cancellationToken: cts.Token);
                await time.WaitStarted.Task.WaitAsync(MediaTestSupport.Bound);
                cts.Cancel();

                OperationCanceledException error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job.WaitAsync(MediaTestSupport.Bound));

                Assert.Equal(cts.Token, error.CancellationToken);
                Assert.Empty(Directory.GetFiles(directory));
                Assert.Equal(["/api/v1/video/queue", "/api/v1/video/retrieve"], server.Requests.Select(r => r.RawPath));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task Cancelling_mid_download_leaves_no_partial_file_and_skips_complete()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(Venice(holdDownload: true));
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            using var cts = new CancellationTokenSource();
            var progress = new ProgressLog<MediaJobProgress>
            {
                OnReport = p =>
                {
                    if (p.State == MediaJobState.Downloading)
                    {
                        cts.CancelAfter(TimeSpan.FromMilliseconds(200));
                    }
                },
            };
            string directory = MediaTestSupport.TempDirectory();
            try
            {
                Task<MediaJobResult> job = client.Video.GenerateToFileAsync(
                    Job, Path.Combine(directory, "v.mp4"), new MediaJobOptions { TimeProvider = new VirtualTimeProvider() }, progress, cts.Token);

                await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job.WaitAsync(MediaTestSupport.Bound));

                Assert.Empty(Directory.GetFiles(directory));
                Assert.DoesNotContain(server.Requests, r => r.RawPath.EndsWith("/complete", StringComparison.Ordinal));
                Assert.Equal(MediaJobState.Downloading, progress.Items[^1].State);
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        [Fact]
        public async Task The_job_deadline_is_a_timeout_not_a_cancellation()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"model":"m","queue_id":"q-1","status":"PROCESSING","average_execution_time":1000,"execution_duration":0}""");
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            VeniceTimeoutException error = await Assert.ThrowsAsync<VeniceTimeoutException>(() => client.Video.GenerateAsync(
                Job, Stream.Null, new MediaJobOptions { MinPollInterval = TimeSpan.FromMilliseconds(5), MaxPollInterval = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromMilliseconds(300) })
                .WaitAsync(MediaTestSupport.Bound));

            Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
            Assert.Contains("q-1", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_download_url_is_fetched_without_the_api_key_once_completed()
        {
            int retrieves = 0;
            LoopbackServer? self = null;
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (request, context) =>
            {
                switch (request.RawPath)
                {
                    case "/api/v1/video/queue":
                        await Respond.Json(context, 200, $$"""{"model":"vps-model","queue_id":"q-2","download_url":"{{self!.Root}}signed/v.mp4?sig=abc"}""");
                        break;
                    case "/api/v1/video/retrieve":
                        await Respond.Json(context, 200, Interlocked.Increment(ref retrieves) == 1
                            ? """{"status":"PROCESSING","average_execution_time":1000,"execution_duration":0}"""
                            : """{"status":"COMPLETED","average_execution_time":1000,"execution_duration":1500}""");
                        break;
                    case "/signed/v.mp4":
                        await Respond.Bytes(context, 200, "video/mp4", Mp4);
                        break;
                    default:
                        await Respond.Json(context, 200, """{"success":true}""");
                        break;
                }
            });
            self = server;
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            using var destination = new MemoryStream();

            MediaJobResult result = await client.Video.GenerateAsync(
                Job, destination, new MediaJobOptions { Cleanup = MediaJobCleanup.DeleteOnRetrieve, TimeProvider = new VirtualTimeProvider() }).WaitAsync(MediaTestSupport.Bound);

            Assert.Equal(Mp4, destination.ToArray());
            Assert.True(result.CleanedUp);
            Assert.Equal(
                ["/api/v1/video/queue", "/api/v1/video/retrieve", "/api/v1/video/retrieve", "/signed/v.mp4", "/api/v1/video/complete"],
                server.Requests.Select(r => r.RawPath));
            RecordedRequest download = server.Requests[3];
            Assert.Equal("GET", download.Method);
            Assert.Equal("?sig=abc", download.QueryString);
            Assert.Null(download.Header("Authorization"));
            // With a download URL the retrieve must not delete the media before it is fetched; complete cleans up instead.
            Assert.DoesNotContain("delete_media_on_completion", server.Requests[2].BodyText, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_failed_complete_keeps_the_saved_video_and_reports_the_error()
        {
            Func<RecordedRequest, HttpContext, Task> venice = Venice();
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) => request.RawPath.EndsWith("/complete", StringComparison.Ordinal)
                ? Respond.Json(context, 400, """{"error":"Invalid request parameters"}""")
                : venice(request, context));
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            using var destination = new MemoryStream();

            MediaJobResult result = await client.Video.GenerateAsync(Job, destination, new MediaJobOptions { TimeProvider = new VirtualTimeProvider() }).WaitAsync(MediaTestSupport.Bound);

            Assert.Equal(Mp4, destination.ToArray());
            Assert.False(result.CleanedUp);
            Assert.Equal(HttpStatusCode.BadRequest, result.CleanupError!.StatusCode);
        }

        [Fact]
        public async Task Quote_sends_only_the_pricing_fields()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"quote":1.2}""");
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            VideoQuoteResponse quote = await client.Video.QuoteAsync(QuoteVideoRequest.For(Job with { Audio = false, NegativePrompt = "blur", ImageUrl = "https://example.com/a.png" }));

            Assert.Equal(1.2m, quote.Quote);
            Assert.Equal("/api/v1/video/quote", server.LastRequest.RawPath);
            Assert.Equal("""{"model":"wan-2-7-text-to-video","duration":"5s","aspect_ratio":"16:9","resolution":"720p","audio":false}""", server.LastRequest.BodyText);
        }

        [Fact]
        public async Task Queue_422_content_violation_surfaces_suggested_prompt()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(422, """{"error":"Prompt violates policy","suggested_prompt":"A calm canal at dawn."}""");
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Video.GenerateAsync(Job, Stream.Null));

            Assert.True(error.TryGetContentViolation(out ContentViolationError? violation));
            Assert.Equal("A calm canal at dawn.", violation.SuggestedPrompt);
            Assert.Equal("Prompt violates policy", error.Error);
        }

        [Fact]
        public async Task Retrieve_422_provider_policy_keeps_the_object_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(422, """
                {"error":{"message":"The provider rejected this request. Credits have been refunded.","type":"provider_content_policy","recommended_model":"wan-2-7-text-to-video","credits_refunded":true}}
                """);
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Video.RetrieveAsync("m", "q-1"));

            Assert.Equal("provider_content_policy", error.ErrorType);
            Assert.Equal("The provider rejected this request. Credits have been refunded.", error.Error);
            Assert.True(error.TryGetProviderContentPolicy(out ProviderContentPolicyError? policy));
            Assert.Equal("wan-2-7-text-to-video", policy.Error!.RecommendedModel);
            Assert.True(policy.Error.CreditsRefunded);
            Assert.False(error.TryGetContentViolation(out _));
        }

        [Fact]
        public async Task Queue_409_consent_is_typed_and_consents_serialize()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(409, """
                {"error":{"code":"needs_consent","message":"Consent required"},"consent_flow":"seedance","face_media_roles":["image","reference_video"],"consent":{"consent_version":"2026-10","policy_text":"I confirm..."},"docs_url":"https://docs.venice.ai/consent"}
                """);
            using VeniceClient client = MediaTestSupport.ClientFor(server);
            QueueVideoRequest request = Job with { Consents = new VideoConsents { Seedance = SeedanceConsent.AllConfirmed } };

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Video.QueueAsync(request));

            Assert.Equal("needs_consent", error.ErrorCode);
            Assert.True(error.TryGetVideoConsentRequired(out VideoConsentRequiredError? consent));
            Assert.Equal("seedance", consent.ConsentFlow);
            Assert.Equal(["image", "reference_video"], consent.FaceMediaRoles);
            Assert.Equal("2026-10", consent.Consent!.ConsentVersion);
            Assert.Contains(
                "\"consents\":{\"seedance\":{\"confirmed_terms_and_privacy\":true,\"confirmed_legal_right\":true,\"confirmed_screening_acknowledged\":true}}",
                server.LastRequest.BodyText,
                StringComparison.Ordinal);
        }

        [Fact]
        public async Task Video_transcription_answers_json_or_text()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) => request.BodyText.Contains("\"text\"", StringComparison.Ordinal)
                ? Respond.Text(context, 200, "text/plain", "never gonna give you up")
                : Respond.Json(context, 200, """{"transcript":"never gonna give you up","lang":"en"}"""));
            using VeniceClient client = MediaTestSupport.ClientFor(server);

            await using (MediaResponse<VideoTranscriptionResponse> json = await client.Video.TranscribeAsync("https://www.youtube.com/watch?v=dQw4w9WgXcQ"))
            {
                Assert.True(json.IsJson);
                Assert.Equal("en", json.Value!.Lang);
                Assert.Equal("""{"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ"}""", server.LastRequest.BodyText);
            }

            await using MediaResponse<VideoTranscriptionResponse> text = await client.Video.TranscribeAsync("https://youtu.be/x", VideoTranscriptionFormat.Text);
            Assert.False(text.IsJson);
            Assert.Equal("never gonna give you up", await text.Media!.ReadAsStringAsync());
            Assert.Equal("/api/v1/video/transcriptions", server.LastRequest.RawPath);
        }
    }
}
