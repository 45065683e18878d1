using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Audio
{
    /// <summary>
    /// The JSON-bodied Audio operations as the generator implements them; callers use <see cref="AudioClient"/>, which adds
    /// the multipart uploads, streamed speech and the long-job helper.
    /// </summary>
    [VeniceApi(typeof(AudioJsonContext))]
    internal interface IAudioApi
    {
        /// <summary><c>POST /audio/speech</c>: the audio as an unbuffered stream.</summary>
        /// <param name="request">The request, sent as is.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The audio.</returns>
        [Post("/audio/speech")]
        Task<BinaryResponse> CreateSpeechAsync([Body] SpeechRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /audio/quote</c>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The price.</returns>
        [Post("/audio/quote")]
        Task<AudioQuoteResponse> QuoteAsync([Body] QuoteAudioRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /audio/queue</c>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The queued job.</returns>
        [Post("/audio/queue")]
        Task<QueueAudioResponse> QueueAsync([Body] QueueAudioRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /audio/retrieve</c>: JSON status while running, the audio once done.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Status or audio.</returns>
        [Post("/audio/retrieve")]
        Task<MediaResponse<AudioJobStatusResponse>> RetrieveAsync([Body] RetrieveAudioRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /audio/complete</c>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Whether cleanup succeeded.</returns>
        [Post("/audio/complete")]
        Task<CompleteAudioResponse> CompleteAsync([Body] CompleteAudioRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>POST /audio/transcriptions</c> with a multipart upload built by <see cref="AudioClient"/>.</summary>
        /// <param name="form">The multipart body.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>JSON or <c>text/plain</c>, by the response content type.</returns>
        [Post("/audio/transcriptions")]
        Task<MediaResponse<TranscriptionResponse>> TranscribeAsync([Body] System.Net.Http.HttpContent form, CancellationToken cancellationToken = default);

        /// <summary><c>POST /audio/voices</c> with a multipart upload built by <see cref="AudioClient"/>.</summary>
        /// <param name="form">The multipart body.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The voice handle.</returns>
        [Post("/audio/voices")]
        Task<ClonedVoiceResponse> CloneVoiceAsync([Body] System.Net.Http.HttpContent form, CancellationToken cancellationToken = default);
    }
}
