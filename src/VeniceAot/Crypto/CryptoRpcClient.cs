using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Crypto
{
    /// <summary>
    /// The Crypto RPC proxy, reached as <see cref="VeniceClient.CryptoRpc"/>: JSON-RPC calls to blockchain nodes, billed
    /// per credit. Calls that carry an <c>Idempotency-Key</c> are safe to retry: Venice replays the cached answer for 24 h
    /// (<see cref="CryptoRpcResult{T}.IdempotentReplayed"/>), and the client's retry policy then retries them like GETs.
    /// It has its own rate limits (100 requests/min, 10M credits/24 h).
    /// </summary>
    public sealed partial class CryptoRpcClient
    {
        /// <summary>The most calls one batch may carry.</summary>
        public const int MaxBatchSize = 100;

        private readonly ICryptoRpcApi _api;

        /// <summary>Creates the client over <paramref name="connection"/>.</summary>
        /// <param name="connection">The connection to send through (e.g. <see cref="VeniceClient.Connection"/>).</param>
        public CryptoRpcClient(ApiConnection connection)
        {
            ArgumentNullException.ThrowIfNull(connection);
            _api = new CryptoRpcApiClient(connection);
        }

        /// <summary><c>GET /crypto/rpc/networks</c> (public): the network slugs <see cref="SendAsync"/> accepts.</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The slugs, sorted.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public async Task<IReadOnlyList<string>> ListNetworksAsync(CancellationToken cancellationToken = default)
        {
            CryptoRpcNetworkList list = await _api.ListNetworksAsync(cancellationToken).ConfigureAwait(false);
            return list.Networks;
        }

        /// <summary><c>POST /crypto/rpc/{network}</c> with one call.</summary>
        /// <param name="network">The network slug, e.g. <c>ethereum-mainnet</c>.</param>
        /// <param name="request">The call.</param>
        /// <param name="idempotencyKey">An optional <c>Idempotency-Key</c> (<c>[A-Za-z0-9_-]{1,255}</c>): the same key with the same body within 24 h replays the first answer.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The answer (check <see cref="JsonRpcResponse.Error"/>) with the credits and cost charged.</returns>
        /// <exception cref="ArgumentException">The idempotency key does not match the pattern.</exception>
        /// <exception cref="VeniceApiException">Venice refused the request (400, 401, 402 with <see cref="VeniceApiException.PaymentRequired"/>, 429, 500).</exception>
        public async Task<CryptoRpcResult<JsonRpcResponse>> SendAsync(string network, JsonRpcRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            ApiResponse<JsonRpcResponseBody> response = await SendCoreAsync(network, JsonRpcRequestBody.FromSingle(request), idempotencyKey, cancellationToken).ConfigureAwait(false);
            JsonRpcResponseBody body = response.Value;
            JsonRpcResponse single = body.Single
                ?? (body.Batch is [JsonRpcResponse only] ? only : null)
                ?? throw new VeniceApiException(response.Metadata.StatusCode, "the JSON-RPC proxy answered a single call with something other than one response object", body.Raw?.GetRawText(), response.Metadata);
            return new CryptoRpcResult<JsonRpcResponse>(single, response.Metadata);
        }

        /// <summary>
        /// <c>POST /crypto/rpc/{network}</c> with a batch of 1 to 100 calls, sent as one JSON array. Give each call an
        /// <see cref="JsonRpcRequest.Id"/> to match the answers, which need not come back in order. If any method is
        /// unsupported, Venice rejects the whole batch with 400.
        /// </summary>
        /// <param name="network">The network slug.</param>
        /// <param name="requests">The calls.</param>
        /// <param name="idempotencyKey">An optional <c>Idempotency-Key</c> (<c>[A-Za-z0-9_-]{1,255}</c>).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The answers with the credits and cost charged (summed over the batch).</returns>
        /// <exception cref="ArgumentException">The batch is empty or larger than 100, or the idempotency key does not match.</exception>
        /// <exception cref="VeniceApiException">Venice refused the request.</exception>
        public async Task<CryptoRpcResult<IReadOnlyList<JsonRpcResponse>>> SendBatchAsync(
            string network,
            IReadOnlyList<JsonRpcRequest> requests,
            string? idempotencyKey = null,
            CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(requests);
            if (requests.Count is 0 or > MaxBatchSize)
            {
                throw new ArgumentException($"A JSON-RPC batch carries 1 to {MaxBatchSize} calls, not {requests.Count}.", nameof(requests));
            }

            for (int i = 0; i < requests.Count; i++)
            {
                if (requests[i] is null)
                {
                    throw new ArgumentException($"Batch item {i} is null.", nameof(requests));
                }
            }

            ApiResponse<JsonRpcResponseBody> response = await SendCoreAsync(network, JsonRpcRequestBody.FromBatch(requests), idempotencyKey, cancellationToken).ConfigureAwait(false);
            JsonRpcResponseBody body = response.Value;

            // A JSON-RPC server may answer a batch it cannot process with one error object.
            IReadOnlyList<JsonRpcResponse> answers = body.Batch
                ?? (body.Single is { } single ? new List<JsonRpcResponse> { single } : null)
                ?? throw new VeniceApiException(response.Metadata.StatusCode, "the JSON-RPC proxy answered a batch with neither an array nor an object", body.Raw?.GetRawText(), response.Metadata);
            return new CryptoRpcResult<IReadOnlyList<JsonRpcResponse>>(answers, response.Metadata);
        }

        private Task<ApiResponse<JsonRpcResponseBody>> SendCoreAsync(string network, JsonRpcRequestBody body, string? idempotencyKey, CancellationToken cancellationToken)
        {
            ArgumentException.ThrowIfNullOrEmpty(network);
            if (idempotencyKey is not null && !IdempotencyKeyPattern().IsMatch(idempotencyKey))
            {
                throw new ArgumentException("An Idempotency-Key is 1 to 255 characters of A-Z, a-z, 0-9, '_' and '-'.", nameof(idempotencyKey));
            }

            return _api.SendAsync(network, body, idempotencyKey, cancellationToken);
        }

        [GeneratedRegex("^[A-Za-z0-9_-]{1,255}$", RegexOptions.CultureInvariant)]
        private static partial Regex IdempotencyKeyPattern();
    }

    /// <summary>A crypto RPC answer with what the call cost, from the response headers.</summary>
    /// <typeparam name="T">The answer: one <see cref="JsonRpcResponse"/> or a list of them.</typeparam>
    public sealed class CryptoRpcResult<T>
    {
        internal CryptoRpcResult(T value, ResponseMetadata metadata)
        {
            Value = value;
            Metadata = metadata;
            Credits = long.TryParse(metadata.GetHeader("X-Venice-RPC-Credits"), NumberStyles.Integer, CultureInfo.InvariantCulture, out long credits) ? credits : null;
            CostUsd = decimal.TryParse(metadata.GetHeader("X-Venice-RPC-Cost-USD"), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal cost) ? cost : null;
            IdempotentReplayed = string.Equals(metadata.GetHeader("Idempotent-Replayed"), "true", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The JSON-RPC answer (per-call failures are in <see cref="JsonRpcResponse.Error"/>).</summary>
        public T Value { get; }

        /// <summary><c>X-Venice-RPC-Credits</c>: credits charged (summed over a batch; per-call errors cost 5).</summary>
        public long? Credits { get; }

        /// <summary><c>X-Venice-RPC-Cost-USD</c>: the USD charged, to 8 decimal places.</summary>
        public decimal? CostUsd { get; }

        /// <summary><c>Idempotent-Replayed: true</c>: the answer came from the idempotency cache, nothing was sent upstream.</summary>
        public bool IdempotentReplayed { get; }

        /// <summary><c>X-Request-ID</c> (or <c>CF-RAY</c>): quote it to Venice support.</summary>
        public string? RequestId => Metadata.GetHeader("X-Request-ID") ?? Metadata.RequestId;

        /// <summary>All response metadata (rate limits, <c>X-Balance-Remaining</c> for x402 callers, …).</summary>
        public ResponseMetadata Metadata { get; }
    }
}
