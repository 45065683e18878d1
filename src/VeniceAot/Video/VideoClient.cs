using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Video
{
    /// <summary>
    /// The Video group, reached as <see cref="VeniceClient.Video"/>: quote, queue, retrieve and complete video jobs one call
    /// at a time, or the whole flow in <see cref="GenerateToFileAsync"/>; and YouTube transcription.
    /// </summary>
    public sealed class VideoClient
    {
        private readonly ApiConnection _connection;
        private readonly IVideoApi _api;

        /// <summary>Creates the client over <paramref name="connection"/>.</summary>
        /// <param name="connection">The connection to send through (e.g. <see cref="VeniceClient.Connection"/>).</param>
        public VideoClient(ApiConnection connection)
        {
            ArgumentNullException.ThrowIfNull(connection);
            _connection = connection;
            _api = new VideoApiClient(connection);
        }

        /// <summary><c>POST /video/quote</c>: the price of a video job (use <see cref="QuoteVideoRequest.For"/> to price a queue request).</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The price in USD.</returns>
        public Task<VideoQuoteResponse> QuoteAsync(QuoteVideoRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.QuoteAsync(request, cancellationToken);
        }

        /// <summary><c>POST /video/queue</c>: starts a video job; follow it with <see cref="RetrieveAsync(string, string, bool?, CancellationToken)"/>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The job id and model, and for some models a pre-signed <see cref="QueueVideoResponse.DownloadUrl"/>.</returns>
        /// <exception cref="VeniceApiException">
        /// 422 content violation (<see cref="VeniceMediaErrors.TryGetContentViolation"/>), 409 consent needed
        /// (<see cref="VeniceMediaErrors.TryGetVideoConsentRequired"/>), 413 too large (<see cref="VeniceMediaErrors.TryGetPayloadTooLarge"/>).
        /// </exception>
        public Task<QueueVideoResponse> QueueAsync(QueueVideoRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.QueueAsync(request, cancellationToken);
        }

        /// <summary>
        /// <c>POST /video/retrieve</c>: <see cref="VideoJobStatusResponse"/> JSON while the job runs (or, for jobs with a
        /// download URL, once it is done), or the <c>video/mp4</c> bytes in <see cref="MediaResponse{T}.Media"/>.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Status or video; dispose it.</returns>
        /// <exception cref="VeniceApiException">422 provider refusal (<see cref="VeniceMediaErrors.TryGetProviderContentPolicy"/>).</exception>
        public Task<MediaResponse<VideoJobStatusResponse>> RetrieveAsync(RetrieveVideoRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.RetrieveAsync(request, cancellationToken);
        }

        /// <summary><c>POST /video/retrieve</c> for a job.</summary>
        /// <param name="model">The model the job was queued with.</param>
        /// <param name="queueId">The job id.</param>
        /// <param name="deleteMediaOnCompletion">Let the server delete the video once it has handed it out.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Status or video; dispose it.</returns>
        public Task<MediaResponse<VideoJobStatusResponse>> RetrieveAsync(string model, string queueId, bool? deleteMediaOnCompletion = null, CancellationToken cancellationToken = default) =>
            _api.RetrieveAsync(new RetrieveVideoRequest { Model = model, QueueId = queueId, DeleteMediaOnCompletion = deleteMediaOnCompletion }, cancellationToken);

        /// <summary><c>POST /video/complete</c>: deletes the job's video from Venice's storage after download.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Whether cleanup succeeded.</returns>
        public Task<CompleteVideoResponse> CompleteAsync(CompleteVideoRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.CompleteAsync(request, cancellationToken);
        }

        /// <summary>
        /// Downloads a pre-signed <see cref="QueueVideoResponse.DownloadUrl"/> once <c>retrieve</c> says <c>COMPLETED</c>.
        /// The API key is not sent (the URL carries its own authorization).
        /// </summary>
        /// <param name="downloadUrl">The absolute http(s) URL.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The video; dispose it.</returns>
        public Task<BinaryResponse> DownloadAsync(Uri downloadUrl, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(downloadUrl);
            if (!downloadUrl.IsAbsoluteUri || (downloadUrl.Scheme != Uri.UriSchemeHttps && downloadUrl.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException("The download URL must be an absolute http(s) URL.", nameof(downloadUrl));
            }

            return _connection.SendForBinaryAsync(MediaJobRunner.CreateDownloadRequest(downloadUrl), cancellationToken);
        }

        /// <summary>
        /// <c>POST /video/transcriptions</c>: transcribes a YouTube video. JSON in <see cref="MediaResponse{T}.Value"/>, or
        /// <c>text/plain</c> in <see cref="MediaResponse{T}.Media"/> for <c>response_format: "text"</c>, told apart by Content-Type.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The transcript; dispose it.</returns>
        public Task<MediaResponse<VideoTranscriptionResponse>> TranscribeAsync(VideoTranscriptionRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.TranscribeAsync(request, cancellationToken);
        }

        /// <summary><c>POST /video/transcriptions</c> of <paramref name="url"/> as JSON (or text with <paramref name="format"/>).</summary>
        /// <param name="url">The YouTube URL.</param>
        /// <param name="format">The answer format; JSON when null.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The transcript; dispose it.</returns>
        public Task<MediaResponse<VideoTranscriptionResponse>> TranscribeAsync(string url, VideoTranscriptionFormat? format = null, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(url);
            return _api.TranscribeAsync(new VideoTranscriptionRequest { Url = url, ResponseFormat = format }, cancellationToken);
        }

        /// <summary>
        /// Runs a video job to the end and saves the video to <paramref name="path"/> atomically (nothing is left behind on
        /// failure or cancellation): optionally quotes (<see cref="MediaJobOptions.Quote"/>, <see cref="MediaJobOptions.MaxQuote"/>),
        /// queues, polls <c>retrieve</c> at the pace Venice's own estimate suggests (<c>average_execution_time</c> −
        /// <c>execution_duration</c>, clamped), downloads (from <c>retrieve</c> or from the pre-signed URL), then cleans up
        /// as <see cref="MediaJobOptions.Cleanup"/> says. Every step is reported to <paramref name="progress"/>.
        /// </summary>
        /// <param name="request">The job.</param>
        /// <param name="path">The file to write (e.g. <c>out.mp4</c>).</param>
        /// <param name="options">Polling, deadline, quoting and cleanup; defaults when null.</param>
        /// <param name="progress">Receives each step.</param>
        /// <param name="cancellationToken">Cancels every call and wait.</param>
        /// <returns>What was produced.</returns>
        /// <exception cref="VeniceTimeoutException"><see cref="MediaJobOptions.Timeout"/> elapsed.</exception>
        /// <exception cref="MediaJobQuoteExceededException">The quote was above <see cref="MediaJobOptions.MaxQuote"/>.</exception>
        /// <exception cref="VeniceApiException">A step failed (422 content violation, 409 consent, …).</exception>
        public Task<MediaJobResult> GenerateToFileAsync(QueueVideoRequest request, string path, MediaJobOptions? options = null, IProgress<MediaJobProgress>? progress = null, CancellationToken cancellationToken = default) =>
            MediaJobRunner.RunToFileAsync(Steps(request), path, options, progress, cancellationToken);

        /// <summary>Like <see cref="GenerateToFileAsync"/>, copying the video into <paramref name="destination"/> (left open).</summary>
        /// <param name="request">The job.</param>
        /// <param name="destination">Where the video is written.</param>
        /// <param name="options">Polling, deadline, quoting and cleanup; defaults when null.</param>
        /// <param name="progress">Receives each step.</param>
        /// <param name="cancellationToken">Cancels every call and wait.</param>
        /// <returns>What was produced.</returns>
        public Task<MediaJobResult> GenerateAsync(QueueVideoRequest request, Stream destination, MediaJobOptions? options = null, IProgress<MediaJobProgress>? progress = null, CancellationToken cancellationToken = default) =>
            MediaJobRunner.RunToStreamAsync(Steps(request), destination, options, progress, cancellationToken);

        private MediaJobSteps<VideoJobStatusResponse> Steps(QueueVideoRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            return new MediaJobSteps<VideoJobStatusResponse>
            {
                Quote = async token => (await _api.QuoteAsync(QuoteVideoRequest.For(request), token).ConfigureAwait(false)).Quote,
                Queue = async token =>
                {
                    QueueVideoResponse queued = await _api.QueueAsync(request, token).ConfigureAwait(false);
                    return (queued.Model ?? request.Model, queued.QueueId, queued.DownloadUrl);
                },
                Retrieve = (model, queueId, delete, token) => _api.RetrieveAsync(new RetrieveVideoRequest { Model = model, QueueId = queueId, DeleteMediaOnCompletion = delete ? true : null }, token),
                Complete = async (model, queueId, token) => (await _api.CompleteAsync(new CompleteVideoRequest { Model = model, QueueId = queueId }, token).ConfigureAwait(false)).Success,
                Download = (uri, token) => _connection.SendForBinaryAsync(MediaJobRunner.CreateDownloadRequest(uri), token),
            };
        }
    }
}
