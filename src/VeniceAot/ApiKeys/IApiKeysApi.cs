using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.ApiKeys
{
    /// <summary>The API Keys group: list, inspect, create, update and delete keys; rate limits; Web3 keys. Needs an ADMIN key.</summary>
    [VeniceApi(typeof(ApiKeysJsonContext))]
    public interface IApiKeysApi
    {
        /// <summary><c>GET /api_keys</c>: the active keys.</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The keys.</returns>
        [Get("/api_keys")]
        Task<ApiKeyList> ListAsync(CancellationToken cancellationToken = default);

        /// <summary><c>GET /api_keys/{id}</c>: one key with its usage.</summary>
        /// <param name="id">The key's id.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The key.</returns>
        [Get("/api_keys/{id}")]
        Task<ApiKeyResponse> GetAsync(string id, CancellationToken cancellationToken = default);

        /// <summary><c>POST /api_keys</c>: creates a key. The secret in the response is shown once.</summary>
        /// <param name="request">The key to create.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The created key with its secret.</returns>
        [Post("/api_keys")]
        Task<CreateApiKeyResponse> CreateAsync([Body] CreateApiKeyRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>PATCH /api_keys</c>: changes a key's description, expiry, limits or privacy.</summary>
        /// <param name="request">The id and the fields to change.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The updated key.</returns>
        [Patch("/api_keys")]
        Task<ApiKeyResponse> UpdateAsync([Body] UpdateApiKeyRequest request, CancellationToken cancellationToken = default);

        /// <summary><c>DELETE /api_keys?id=…</c>: deletes a key.</summary>
        /// <param name="id">The key's id.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Whether it was deleted.</returns>
        [Delete("/api_keys")]
        Task<DeleteApiKeyResponse> DeleteAsync([Query] string id, CancellationToken cancellationToken = default);

        /// <summary><c>GET /api_keys/rate_limits</c>: the calling key's tier, balances and limits.</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The rate-limit status.</returns>
        [Get("/api_keys/rate_limits")]
        Task<RateLimitsResponse> GetRateLimitsAsync(CancellationToken cancellationToken = default);

        /// <summary><c>GET /api_keys/rate_limits/log</c>: recent rate-limit hits.</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The log.</returns>
        [Get("/api_keys/rate_limits/log")]
        Task<RateLimitLogResponse> GetRateLimitLogAsync(CancellationToken cancellationToken = default);

        /// <summary><c>GET /api_keys/generate_web3_key</c>: a token for a wallet to sign (no key needed).</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The token.</returns>
        [Get("/api_keys/generate_web3_key")]
        Task<Web3TokenResponse> GetWeb3TokenAsync(CancellationToken cancellationToken = default);

        /// <summary><c>POST /api_keys/generate_web3_key</c>: creates a key from a wallet signature (no key needed).</summary>
        /// <param name="request">The signed token and key settings.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The created key with its secret.</returns>
        [Post("/api_keys/generate_web3_key")]
        Task<CreateApiKeyResponse> CreateWeb3KeyAsync([Body] CreateWeb3ApiKeyRequest request, CancellationToken cancellationToken = default);
    }
}
