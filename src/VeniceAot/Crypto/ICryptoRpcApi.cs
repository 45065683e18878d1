using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Crypto
{
    /// <summary>The Crypto RPC group as the generator implements it; callers use <see cref="CryptoRpcClient"/>.</summary>
    [VeniceApi(typeof(CryptoJsonContext))]
    internal interface ICryptoRpcApi
    {
        /// <summary><c>GET /crypto/rpc/networks</c> (public).</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The networks.</returns>
        [Get("/crypto/rpc/networks")]
        Task<CryptoRpcNetworkList> ListNetworksAsync(CancellationToken cancellationToken = default);

        /// <summary><c>POST /crypto/rpc/{network}</c> with a single or batch body.</summary>
        /// <param name="network">The network slug.</param>
        /// <param name="body">The call or calls.</param>
        /// <param name="idempotencyKey">The optional <c>Idempotency-Key</c>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The answer and its headers.</returns>
        [Post("/crypto/rpc/{network}")]
        Task<ApiResponse<JsonRpcResponseBody>> SendAsync(
            string network,
            [Body] JsonRpcRequestBody body,
            [Header("Idempotency-Key")] string? idempotencyKey,
            CancellationToken cancellationToken = default);
    }
}
