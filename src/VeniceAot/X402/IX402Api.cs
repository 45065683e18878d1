using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.X402
{
    /// <summary>The x402 group as the generator implements it; callers use <see cref="X402Client"/>, which supplies <c>SIGN-IN-WITH-X</c>.</summary>
    [VeniceApi(typeof(X402JsonContext))]
    internal interface IX402Api
    {
        /// <summary><c>GET /x402/balance/{walletAddress}</c>.</summary>
        /// <param name="walletAddress">The wallet.</param>
        /// <param name="signInWithX">The <c>SIGN-IN-WITH-X</c> header.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The balance.</returns>
        [Get("/x402/balance/{walletAddress}")]
        Task<X402BalanceResponse> GetBalanceAsync(string walletAddress, [Header("SIGN-IN-WITH-X")] string signInWithX, CancellationToken cancellationToken = default);

        /// <summary><c>GET /x402/transactions/{walletAddress}</c>.</summary>
        /// <param name="walletAddress">The wallet.</param>
        /// <param name="signInWithX">The <c>SIGN-IN-WITH-X</c> header.</param>
        /// <param name="limit">Page size.</param>
        /// <param name="offset">Entries to skip.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The page.</returns>
        [Get("/x402/transactions/{walletAddress}")]
        Task<X402TransactionsResponse> GetTransactionsAsync(
            string walletAddress,
            [Header("SIGN-IN-WITH-X")] string signInWithX,
            [Query] int? limit,
            [Query] int? offset,
            CancellationToken cancellationToken = default);

        /// <summary><c>POST /x402/top-up</c> with no body; without <paramref name="paymentSignature"/> it answers 402 with the requirements.</summary>
        /// <param name="paymentSignature">The signed x402 payment payload (base64), or null.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The credited top-up and its headers.</returns>
        [Post("/x402/top-up")]
        Task<ApiResponse<X402TopUpResponse>> TopUpAsync([Header("PAYMENT-SIGNATURE")] string? paymentSignature, CancellationToken cancellationToken = default);
    }
}
