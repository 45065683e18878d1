using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Refit;
using VeniceAot.ApiKeys;
using VeniceAot.Chat;
using VeniceAot.Embeddings;
using VeniceAot.Models;

namespace VeniceAot.Benchmarks.Peers
{
    /// <summary>
    /// The same endpoints declared for Refit, implemented by Refit's source generator at build time and created with
    /// <c>RestService.ForGenerated</c> over the VeniceAot group contexts (see <see cref="PeerFactory"/>).
    /// The models are VeniceAot's, so Refit parses into exactly the same types as the floor and VeniceAot.
    /// </summary>
    public interface IRefitVenice
    {
        [Post("/chat/completions")]
        Task<ChatCompletion> ChatAsync([Body] ChatCompletionRequest request, CancellationToken cancellationToken = default);

        /// <summary>
        /// Streaming: Refit 16's own SSE reader parses every <c>data:</c> payload as JSON and throws at the
        /// <c>data: [DONE]</c> terminator (and its serializer is sealed), so this returns the unread response and the
        /// caller reads the events with <see cref="FloorClient.ReadEventsAsync"/>.
        /// </summary>
        [Post("/chat/completions")]
        Task<HttpResponseMessage> StreamAsync([Body] ChatCompletionRequest request, CancellationToken cancellationToken = default);

        [Delete("/api_keys")]
        Task<DeleteApiKeyResponse> DeleteKeyAsync([Query] string id, CancellationToken cancellationToken = default);

        [Get("/models")]
        Task<ModelList> ListModelsAsync(CancellationToken cancellationToken = default);

        [Post("/embeddings")]
        Task<EmbeddingResponse> EmbedAsync([Body] EmbeddingRequest request, CancellationToken cancellationToken = default);
    }
}
