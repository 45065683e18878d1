using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Augment;
using VeniceAot.Crypto;
using VeniceAot.Json;
using VeniceAot.Testing;
using VeniceAot.Tests.Models;
using VeniceAot.X402;
using Xunit.Abstractions;
using static VeniceAot.Tests.Billing.AccountTestSupport;

namespace VeniceAot.Tests.X402
{
    /// <summary>x402: SIGN-IN-WITH-X from the provider on every request, ledger paging, top-up headers, and 402 parsing.</summary>
    public sealed class X402Tests(ITestOutputHelper output)
    {
        private const string Wallet = "0x1234567890abcdef1234567890ABCDEF12345678";
        private const string SolanaWallet = "8qUL23aSj7mDWdoLMXGHFvnVCT9wd7jXcysiekroADEL";

        private const string DiscoveryJson = """
            {"x402Version":2,"error":"Payment required",
             "resource":{"url":"https://api.venice.ai/api/v1/augment/search","description":"Venice API","mimeType":"application/json"},
             "accepts":[
               {"scheme":"exact","network":"eip155:8453","asset":"0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913","amount":"10000000","payTo":"0xabc","maxTimeoutSeconds":300,"extra":{"name":"USD Coin","version":"2"}},
               {"scheme":"exact","network":"solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp","asset":"EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v","amount":"10000000","payTo":"8qUL23aSj7mDWdoLMXGHFvnVCT9wd7jXcysiekroADEL","maxTimeoutSeconds":300,"extra":{"feePayer":"BFK9"}}],
             "extensions":{"sign-in-with-x":{"info":{"nonce":"abc"}}},
             "authOptions":{"apiKey":{"header":"Authorization: Bearer YOUR_API_KEY","getKey":"https://venice.ai/settings/api","docs":"https://docs.venice.ai/api-reference"},
                            "x402Wallet":{"header":"SIGN-IN-WITH-X","legacyHeader":"X-Sign-In-With-X","topUp":"POST /api/v1/x402/top-up","docs":"https://docs.venice.ai/x"}}}
            """;

        private const string InsufficientJson = """
            {"error":"Payment required","code":"PAYMENT_REQUIRED","reason":"insufficient_balance","message":"Insufficient x402 balance",
             "currentBalanceUsd":0.01,"minimumBalanceUsd":"0.1","description":"Venice API","suggestedTopUpUsd":10,"minimumTopUpUsd":5,
             "supportedTokens":["USDC"],"supportedChains":["base","solana"],
             "topUpInstructions":{"step1":"POST /api/v1/x402/top-up","step2":"sign","step3":"submit","receiverWallet":"0xr","tokenAddress":"0xt","tokenDecimals":6,"network":"eip155:8453","minimumAmountUsd":5},
             "siwxChallenge":{"info":{"domain":"api.venice.ai","uri":"https://api.venice.ai/api/v1/chat/completions","version":"1","nonce":"0123456789abcdef",
                              "issuedAt":"2026-04-09T12:00:00.000Z","expirationTime":"2026-04-09T12:05:00.000Z","statement":"Sign in to Venice AI"},
                              "supportedChains":[{"chainId":"eip155:8453","type":"eip191"},{"chainId":"solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp","type":"ed25519"},{"chainId":"x","type":"future-sig"}]}}
            """;

        private static string Base64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

        private static string Base64Url(string json) => Base64(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        private static string TxJson(int n) => $$"""
            {"id":"ledger_{{n}}","amount":-0.15,"balanceAfter":"12.35","type":"{{(n == 0 ? "TOP_UP" : "CHARGE")}}","createdAt":"2026-04-03T12:34:56.000Z","requestId":null,"modelId":"m{{n}}"}
            """;

        [Fact]
        public async Task Balance_calls_the_provider_per_request_and_sends_its_value()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""
                {"success":true,"data":{"walletAddress":"{{Wallet.ToLowerInvariant()}}","balanceUsd":12.5,"canConsume":true,"minimumTopUpUsd":5,"suggestedTopUpUsd":10,"diemBalanceUsd":5.25} }
                """);
            int calls = 0;
            using VeniceClient client = ClientFor(server, ct =>
            {
                Assert.False(ct.IsCancellationRequested);
                return ValueTask.FromResult("siwx-token-" + Interlocked.Increment(ref calls));
            });

            X402Balance first = await client.X402.GetBalanceAsync(Wallet);
            Assert.Equal("siwx-token-1", server.LastRequest.Header("SIGN-IN-WITH-X"));
            await client.X402.GetBalanceAsync(SolanaWallet);
            Assert.Equal("siwx-token-2", server.LastRequest.Header("SIGN-IN-WITH-X"));

            Assert.Equal("/api/v1/x402/balance/" + SolanaWallet, server.LastRequest.RawPath);
            Assert.Equal("/api/v1/x402/balance/" + Wallet, server.Requests[0].RawPath);
            Assert.Equal(12.5m, first.BalanceUsd);
            Assert.True(first.CanConsume);
            Assert.Equal(5.25m, first.DiemBalanceUsd);
        }

        [Fact]
        public async Task A_client_level_provider_overrides_the_options_and_none_at_all_fails_clearly()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"success":true,"data":{"walletAddress":"w","balanceUsd":1,"canConsume":true,"minimumTopUpUsd":5,"suggestedTopUpUsd":10}}""");
            using VeniceClient client = ClientFor(server);

            InvalidOperationException missing = await Assert.ThrowsAsync<InvalidOperationException>(() => client.X402.GetBalanceAsync(Wallet));
            Assert.Contains("SignInWithX", missing.Message, StringComparison.Ordinal);
            Assert.Empty(server.Requests);

            var own = new X402Client(client.Connection, _ => ValueTask.FromResult("own-wallet"));
            await own.GetBalanceAsync(Wallet);
            Assert.Equal("own-wallet", server.LastRequest.Header("SIGN-IN-WITH-X"));

            var broken = new X402Client(client.Connection, _ => ValueTask.FromResult("a\r\nX-Injected: 1"));
            await Assert.ThrowsAsync<ArgumentException>(() => broken.GetBalanceAsync(Wallet));
            await Assert.ThrowsAsync<ArgumentException>(() => own.GetBalanceAsync("0xYOUR_WALLET_ADDRESS"));
            Assert.Single(server.Requests);
        }

        [Fact]
        public async Task Transactions_page_with_limit_offset_while_has_more()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
            {
                int offset = int.Parse(Query(request).Single(p => p.Key == "offset").Value, System.Globalization.CultureInfo.InvariantCulture);
                string items = string.Join(",", Enumerable.Range(offset, offset < 4 ? 2 : 1).Select(TxJson));
                bool more = offset < 4;
                return Respond.Json(context, 200, $$"""
                    {"success":true,"data":{"walletAddress":"w","currentBalance":12.35,"transactions":[{{items}}],"pagination":{"limit":2,"offset":{{offset}},"hasMore":{{(more ? "true" : "false")}} } } }
                    """);
            });
            int calls = 0;
            using VeniceClient client = ClientFor(server, _ => ValueTask.FromResult("sig-" + ++calls));

            var ids = new List<string>();
            await foreach (X402Transaction transaction in client.X402.ListTransactionsAsync(Wallet, pageSize: 2))
            {
                ids.Add(transaction.Id);
            }

            Assert.Equal(["ledger_0", "ledger_1", "ledger_2", "ledger_3", "ledger_4"], ids);
            IReadOnlyList<RecordedRequest> requests = server.Requests;
            Assert.Equal(["?limit=2&offset=0", "?limit=2&offset=2", "?limit=2&offset=4"], requests.Select(r => r.QueryString));
            Assert.Equal(["sig-1", "sig-2", "sig-3"], requests.Select(r => r.Header("SIGN-IN-WITH-X")));
            Assert.All(requests, r => Assert.Equal("/api/v1/x402/transactions/" + Wallet, r.RawPath));

            X402TransactionPage page = await client.X402.GetTransactionsAsync(Wallet, offset: 0);
            Assert.Equal("?offset=0", server.LastRequest.QueryString);
            Assert.Equal(12.35m, page.CurrentBalance);
            Assert.Equal(X402TransactionType.TopUp, page.Transactions[0].Type);
            Assert.Equal(12.35m, page.Transactions[0].BalanceAfter);
            Assert.Null(page.Transactions[0].RequestId);
            Assert.True(page.Pagination!.HasMore);
        }

        [Fact]
        public async Task Top_up_sends_the_payment_signature_and_decodes_the_payment_response()
        {
            string settlement = """{"success":true,"network":"eip155:8453","payer":"0xpayer","transaction":"0xtx"}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(
                200,
                """{"success":true,"data":{"walletAddress":"0xw","amountCredited":10,"newBalance":22.5,"paymentId":"payment_01"}}""",
                new Dictionary<string, string> { ["PAYMENT-RESPONSE"] = Base64(settlement) });
            using VeniceClient client = ClientFor(server);

            X402TopUpResult result = await client.X402.TopUpAsync("eyJ4NDAyVmVyc2lvbiI6MiwicGF5bG9hZCI6Ii4uLiJ9");

            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/x402/top-up", request.RawPath);
            Assert.Equal("eyJ4NDAyVmVyc2lvbiI6MiwicGF5bG9hZCI6Ii4uLiJ9", request.Header("PAYMENT-SIGNATURE"));
            Assert.Null(request.Header("SIGN-IN-WITH-X"));
            Assert.Empty(request.Body);
            Assert.Equal(10m, result.TopUp.AmountCredited);
            Assert.Equal(22.5m, result.TopUp.NewBalance);
            Assert.Equal("payment_01", result.TopUp.PaymentId);
            Assert.True(result.Settlement!.Success);
            Assert.Equal("0xtx", result.Settlement.Transaction);
            Assert.Equal("0xpayer", result.Settlement.Payer);
            Assert.Equal(Base64(settlement), result.RawPaymentResponse);
        }

        [Fact]
        public async Task Payment_requirements_come_from_the_402_of_a_top_up_without_payment()
        {
            const string topUpBody = """{"x402Version":2,"accepts":[{"scheme":"exact","network":"eip155:8453","amount":"5000000","asset":"0xusdc","payTo":"0xvenice","maxTimeoutSeconds":300,"extra":{}}]}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(402, topUpBody, new Dictionary<string, string> { ["PAYMENT-REQUIRED"] = Base64(topUpBody) });
            using VeniceClient client = ClientFor(server);

            X402Discovery discovery = await client.X402.GetPaymentRequirementsAsync();

            Assert.Null(server.LastRequest.Header("PAYMENT-SIGNATURE"));
            Assert.Equal("POST", server.LastRequest.Method);
            Assert.Equal(2, discovery.X402Version);
            X402PaymentRequirement option = Assert.Single(discovery.Accepts!);
            Assert.Equal(X402PaymentScheme.Exact, option.Scheme);
            Assert.Equal("5000000", option.Amount);
            Assert.Equal(300, option.MaxTimeoutSeconds);
        }

        [Fact]
        public async Task Discovery_402_parses_body_and_header()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(402, DiscoveryJson, new Dictionary<string, string> { ["PAYMENT-REQUIRED"] = Base64Url(DiscoveryJson) });
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Augment.SearchAsync(new WebSearchRequest { Query = "x" }));

            Assert.Equal(HttpStatusCode.PaymentRequired, error.StatusCode);
            X402PaymentRequired payment = error.PaymentRequired!;
            Assert.NotNull(payment);
            Assert.Null(payment.InsufficientBalance);
            Assert.Equal("Payment required", payment.Error);
            Assert.Equal(2, payment.Discovery!.X402Version);
            Assert.Equal("https://api.venice.ai/api/v1/augment/search", payment.Discovery.Resource!.Url);
            Assert.Equal(["eip155:8453", "solana:5eykt4UsFv8P8NJdTREpY1vzqKqZKvdp"], payment.Accepts.Select(a => a.Network));
            Assert.Equal("BFK9", payment.Accepts[1].Extra!["feePayer"].GetString());
            Assert.Equal("SIGN-IN-WITH-X", payment.Discovery.AuthOptions!.X402Wallet!.Header);
            Assert.True(payment.Discovery.Extensions!.ContainsKey("sign-in-with-x"));
            Assert.Equal(2, payment.HeaderRequirements!.Accepts!.Count);
            Assert.Equal("10000000", payment.HeaderRequirements.Accepts[0].Amount);
            Assert.Equal(Base64Url(DiscoveryJson), payment.RawHeader);
            Assert.Same(payment, error.PaymentRequired);
        }

        [Fact]
        public async Task Insufficient_balance_402_parses_the_second_shape()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(402, InsufficientJson);
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.CryptoRpc.SendAsync("base-mainnet", new JsonRpcRequest { Method = "eth_chainId" }));

            Assert.Equal("PAYMENT_REQUIRED", error.ErrorCode);
            X402PaymentRequired payment = error.PaymentRequired!;
            Assert.Null(payment.Discovery);
            Assert.Null(payment.HeaderRequirements);
            Assert.Empty(payment.Accepts);
            X402InsufficientBalance low = payment.InsufficientBalance!;
            Assert.Equal("insufficient_balance", low.Reason);
            Assert.Equal(0.01m, low.CurrentBalanceUsd);
            Assert.Equal(0.1m, low.MinimumBalanceUsd);
            Assert.Equal(5m, low.MinimumTopUpUsd);
            Assert.Equal(["base", "solana"], low.SupportedChains);
            Assert.Equal(6, low.TopUpInstructions!.TokenDecimals);
            Assert.Equal("0123456789abcdef", low.SiwxChallenge!.Info!.Nonce);
            Assert.Equal(X402SignatureType.Ed25519, low.SiwxChallenge.SupportedChains![1].Type);
            Assert.Equal("future-sig", low.SiwxChallenge.SupportedChains[2].Type.Value);
        }

        [Fact]
        public async Task Plain_402_and_a_broken_header_keep_what_can_be_read()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(402, """{"error":"Insufficient USD balance"}""", new Dictionary<string, string> { ["PAYMENT-REQUIRED"] = "not base64 json!" });
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Augment.ScrapeAsync("https://example.com"));

            X402PaymentRequired payment = error.PaymentRequired!;
            Assert.Equal("Insufficient USD balance", payment.Error);
            Assert.Null(payment.Discovery);
            Assert.Null(payment.InsufficientBalance);
            Assert.Null(payment.HeaderRequirements);
            Assert.Equal("not base64 json!", payment.RawHeader);
        }

        [Fact]
        public void Round_trips_of_both_402_shapes_keep_every_field()
        {
            AssertSameJson(DiscoveryJson, RoundTrip(DiscoveryJson, X402JsonContext.Default.X402Discovery, d => Assert.Empty(SharedVeniceFiles.FindExtensionData(d))));
            string insufficient = InsufficientJson.Replace("\"0.1\"", "0.1", StringComparison.Ordinal);
            AssertSameJson(insufficient, RoundTrip(insufficient, X402JsonContext.Default.X402InsufficientBalance, i => Assert.Empty(SharedVeniceFiles.FindExtensionData(i))));
        }

        [Fact]
        public async Task Top_up_400_body_is_readable_as_an_x402_error()
        {
            const string body = """{"error":"X402_INVALID_PAYMENT","message":"Invalid payment header","details":{"reason":"signature_mismatch","extra":1}}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, body);
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.X402.TopUpAsync("bad"));

            Assert.Equal("X402_INVALID_PAYMENT", error.Error);
            X402ErrorBody parsed = System.Text.Json.JsonSerializer.Deserialize(error.RawBody!, X402JsonContext.Default.X402ErrorBody)!;
            Assert.Equal("Invalid payment header", parsed.Message);
            Assert.Equal("signature_mismatch", parsed.Details!.Reason);
            AssertSameJson(body, System.Text.Json.JsonSerializer.Serialize(parsed, X402JsonContext.Default.X402ErrorBody));
        }

        public static TheoryData<string> Examples() =>
        [
            "fragments/x402_top-up.post.400.details.json",
            "fragments/X402InferencePaymentRequired.anyOf0.accepts.extra.json",
            "fragments/X402InferencePaymentRequired.anyOf1.supportedTokens.json",
            "fragments/X402InferencePaymentRequired.anyOf1.supportedChains.json",
        ];

        [Theory]
        [MemberData(nameof(Examples))]
        public void Spec_fragment_round_trips(string file)
        {
            if (SharedVeniceFiles.TryRead("examples/" + file, output) is not string json)
            {
                return;
            }

            X402JsonContext context = X402JsonContext.Default;
            switch (file)
            {
                case "fragments/x402_top-up.post.400.details.json":
                    AssertSameJson(json, RoundTrip(json, context.X402ErrorDetails, d => Assert.Equal("signature_mismatch", d.Reason)));
                    break;
                case "fragments/X402InferencePaymentRequired.anyOf0.accepts.extra.json":
                    string requirement = $$"""{"scheme":"exact","network":"solana","asset":"a","amount":"10000000","payTo":"p","maxTimeoutSeconds":300,"extra":{{json}}}""";
                    AssertSameJson(requirement, RoundTrip(requirement, context.X402PaymentRequirement, r => Assert.Equal("USD Coin", r.Extra!["name"].GetString())));
                    break;
                case "fragments/X402InferencePaymentRequired.anyOf1.supportedTokens.json":
                    string tokens = $$"""{"code":"PAYMENT_REQUIRED","supportedTokens":{{json}}}""";
                    AssertSameJson(tokens, RoundTrip(tokens, context.X402InsufficientBalance, i => Assert.Equal(["USDC"], i.SupportedTokens)));
                    break;
                default:
                    string chains = $$"""{"code":"PAYMENT_REQUIRED","supportedChains":{{json}}}""";
                    AssertSameJson(chains, RoundTrip(chains, context.X402InsufficientBalance, i => Assert.Equal(["base", "solana"], i.SupportedChains)));
                    break;
            }
        }
    }
}
