using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Embeddings
{
    /// <summary>The Embeddings group: vectors for text.</summary>
    [VeniceApi(typeof(EmbeddingsJsonContext))]
    public interface IEmbeddingsApi
    {
        /// <summary><c>POST /embeddings</c>: one vector per input string.</summary>
        /// <param name="request">The input, model and options.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The vectors (as floats whichever encoding was requested) and the token usage.</returns>
        [Post("/embeddings")]
        Task<EmbeddingResponse> CreateAsync([Body] EmbeddingRequest request, CancellationToken cancellationToken = default);
    }
}
