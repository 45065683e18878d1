using System;
using System.Collections.Generic;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.X402
{
    /// <summary>
    /// x402 wallet credits, reached as <see cref="VeniceClient.X402"/>: a wallet's balance and ledger (authenticated with
    /// <c>SIGN-IN-WITH-X</c> from a caller-supplied provider, called once per request) and top-ups paid with a signed
    /// x402 payment (<c>PAYMENT-SIGNATURE</c>). VeniceAot signs nothing itself: use a wallet library for SIWX messages
    /// and payment payloads.
    /// </summary>
    public sealed partial class X402Client
    {
        /// <summary>The response header of a successful top-up carrying the base64 settlement result.</summary>
        public const string PaymentResponseHeader = "PAYMENT-RESPONSE";

        private readonly IX402Api _api;
        private readonly Func<CancellationToken, ValueTask<string>>? _signInWithX;

        /// <summary>Creates the client over <paramref name="connection"/>.</summary>
        /// <param name="connection">The connection to send through (e.g. <see cref="VeniceClient.Connection"/>).</param>
        /// <param name="signInWithX">
        /// Supplies the <c>SIGN-IN-WITH-X</c> value (base64 JSON of the signed SIWX message) for each wallet request;
        /// null uses <see cref="VeniceClientOptions.SignInWithX"/>.
        /// </param>
        public X402Client(ApiConnection connection, Func<CancellationToken, ValueTask<string>>? signInWithX = null)
        {
            ArgumentNullException.ThrowIfNull(connection);
            _api = new X402ApiClient(connection);
            _signInWithX = signInWithX ?? connection.SignInWithX;
        }

        /// <summary><c>GET /x402/balance/{walletAddress}</c>: the wallet's credit balance (SIWX for the same wallet required).</summary>
        /// <param name="walletAddress">An EVM (<c>0x</c> + 40 hex) or Solana (base58) address.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The balance.</returns>
        /// <exception cref="ArgumentException">The address is not an EVM or Solana address.</exception>
        /// <exception cref="InvalidOperationException">No <c>SIGN-IN-WITH-X</c> provider was configured.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error (401 bad signature, 403 another wallet's).</exception>
        public async Task<X402Balance> GetBalanceAsync(string walletAddress, CancellationToken cancellationToken = default)
        {
            CheckWallet(walletAddress);
            string signIn = await SignInAsync(cancellationToken).ConfigureAwait(false);
            X402BalanceResponse response = await _api.GetBalanceAsync(walletAddress, signIn, cancellationToken).ConfigureAwait(false);
            return response.Data;
        }

        /// <summary><c>GET /x402/transactions/{walletAddress}</c>: one page of the wallet's ledger, newest first.</summary>
        /// <param name="walletAddress">An EVM or Solana address.</param>
        /// <param name="limit">Entries per page, 1 to 100 (server default 50).</param>
        /// <param name="offset">Entries to skip (server default 0).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The page, with <see cref="X402TransactionPage.Pagination"/>.</returns>
        /// <exception cref="ArgumentException">A bad address, a limit outside 1..100 or a negative offset.</exception>
        /// <exception cref="InvalidOperationException">No <c>SIGN-IN-WITH-X</c> provider was configured.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public async Task<X402TransactionPage> GetTransactionsAsync(string walletAddress, int? limit = null, int? offset = null, CancellationToken cancellationToken = default)
        {
            CheckWallet(walletAddress);
            if (limit is { } l)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(l, 1, nameof(limit));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(l, 100, nameof(limit));
            }

            if (offset is { } o)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(o, nameof(offset));
            }

            string signIn = await SignInAsync(cancellationToken).ConfigureAwait(false);
            X402TransactionsResponse response = await _api.GetTransactionsAsync(walletAddress, signIn, limit, offset, cancellationToken).ConfigureAwait(false);
            return response.Data;
        }

        /// <summary>
        /// Every ledger entry of the wallet, page by page (<c>limit</c>/<c>offset</c>) while <c>data.pagination.hasMore</c>
        /// says more follow; each page is signed in anew through the provider. Requests are sent as enumeration proceeds.
        /// </summary>
        /// <param name="walletAddress">An EVM or Solana address.</param>
        /// <param name="pageSize">Entries per page, 1 to 100; null for the server default (50).</param>
        /// <param name="cancellationToken">Cancels the walk.</param>
        /// <returns>The entries.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public async IAsyncEnumerable<X402Transaction> ListTransactionsAsync(string walletAddress, int? pageSize = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            int offset = 0;
            while (true)
            {
                X402TransactionPage page = await GetTransactionsAsync(walletAddress, pageSize, offset, cancellationToken).ConfigureAwait(false);
                foreach (X402Transaction transaction in page.Transactions)
                {
                    yield return transaction;
                }

                bool more = page.Pagination?.HasMore ?? page.Transactions.Count >= (pageSize ?? 50);
                if (!more || page.Transactions.Count == 0)
                {
                    yield break;
                }

                offset += page.Transactions.Count;
            }
        }

        /// <summary>
        /// <c>POST /x402/top-up</c> without a payment: Venice answers 402 with the payment requirements, returned here
        /// (from the body, else from the <c>PAYMENT-REQUIRED</c> header). Sign one of <see cref="X402Discovery.Accepts"/>
        /// and pass the payload to <see cref="TopUpAsync"/>.
        /// </summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The requirements.</returns>
        /// <exception cref="VeniceApiException">Venice answered with anything but a readable 402.</exception>
        public async Task<X402Discovery> GetPaymentRequirementsAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                ApiResponse<X402TopUpResponse> unexpected = await _api.TopUpAsync(null, cancellationToken).ConfigureAwait(false);
                throw new VeniceApiException(unexpected.Metadata.StatusCode, "the top-up without a payment succeeded instead of answering 402 with payment requirements", null, unexpected.Metadata);
            }
            catch (VeniceApiException ex) when (ex.StatusCode == HttpStatusCode.PaymentRequired && (ex.PaymentRequired?.Discovery ?? ex.PaymentRequired?.HeaderRequirements) is not null)
            {
                return ex.PaymentRequired!.Discovery ?? ex.PaymentRequired.HeaderRequirements!;
            }
        }

        /// <summary><c>POST /x402/top-up</c> with a signed payment: credits the wallet (minimum $5).</summary>
        /// <param name="paymentSignature">The signed x402 v2 <c>PaymentPayload</c>, base64, sent as <c>PAYMENT-SIGNATURE</c>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The credited amount, the new balance and the decoded <c>PAYMENT-RESPONSE</c> settlement.</returns>
        /// <exception cref="VeniceApiException">
        /// Venice refused the payment: 400 (see <see cref="X402ErrorBody"/> in <see cref="VeniceApiException.RawBody"/>) or 402
        /// (<see cref="VeniceApiException.PaymentRequired"/>).
        /// </exception>
        public async Task<X402TopUpResult> TopUpAsync(string paymentSignature, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(paymentSignature);
            ApiResponse<X402TopUpResponse> response = await _api.TopUpAsync(paymentSignature, cancellationToken).ConfigureAwait(false);
            string? header = response.Metadata.GetHeader(PaymentResponseHeader);
            return new X402TopUpResult(
                response.Value.Data,
                X402Headers.TryDecode(header, X402JsonContext.Default.X402SettlementResponse),
                header,
                response.Metadata);
        }

        private async ValueTask<string> SignInAsync(CancellationToken cancellationToken)
        {
            Func<CancellationToken, ValueTask<string>> provider = _signInWithX ?? throw new InvalidOperationException(
                "This x402 call needs a SIGN-IN-WITH-X header: set VeniceClientOptions.SignInWithX, or create an X402Client with a signInWithX provider.");
            string value = await provider(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException("The SIGN-IN-WITH-X provider returned an empty value.");
            }

            return value;
        }

        private static void CheckWallet(string walletAddress)
        {
            ArgumentNullException.ThrowIfNull(walletAddress);
            if (!WalletPattern().IsMatch(walletAddress))
            {
                throw new ArgumentException($"'{walletAddress}' is neither an EVM address (0x and 40 hex digits) nor a Solana address (32 to 44 base58 characters).", nameof(walletAddress));
            }
        }

        [GeneratedRegex("^(0x[a-fA-F0-9]{40}|[1-9A-HJ-NP-Za-km-z]{32,44})$", RegexOptions.CultureInvariant)]
        private static partial Regex WalletPattern();
    }

    /// <summary>A successful top-up with its settlement.</summary>
    /// <param name="TopUp">What was credited.</param>
    /// <param name="Settlement">The decoded <c>PAYMENT-RESPONSE</c> header; null when absent or unreadable.</param>
    /// <param name="RawPaymentResponse">The <c>PAYMENT-RESPONSE</c> header as sent.</param>
    /// <param name="Metadata">The response headers.</param>
    public sealed record X402TopUpResult(X402TopUp TopUp, X402SettlementResponse? Settlement, string? RawPaymentResponse, ResponseMetadata Metadata);
}
