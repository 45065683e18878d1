using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Video
{
    /// <summary>The Video operations as the generator implements them; callers use <see cref="VideoClient"/>.</summary>
    [VeniceApi(typeof(VideoJsonContext))]
    internal interface IVideoApi
    {
        /// <summary><c>POST /video/quote</c>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The price.</returns>
        [Post("/video/quote")]
        Task<VideoQuoteResponse> QuoteAsync([Body] QuoteVideoRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /video/queue</c>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The queued job.</returns>
        [Post("/video/queue")]
        Task<QueueVideoResponse> QueueAsync([Body] QueueVideoRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /video/retrieve</c>: JSON status while running, <c>video/mp4</c> once done.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Status or video.</returns>
        [Post("/video/retrieve")]
        Task<MediaResponse<VideoJobStatusResponse>> RetrieveAsync([Body] RetrieveVideoRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /video/complete</c>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Whether cleanup succeeded.</returns>
        [Post("/video/complete")]
        Task<CompleteVideoResponse> CompleteAsync([Body] CompleteVideoRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /video/transcriptions</c>: JSON, or <c>text/plain</c> for <c>response_format: "text"</c>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The transcript.</returns>
        [Post("/video/transcriptions")]
        Task<MediaResponse<VideoTranscriptionResponse>> TranscribeAsync([Body] VideoTranscriptionRequest request, CancellationToken cancellationToken = default);
    }
}
