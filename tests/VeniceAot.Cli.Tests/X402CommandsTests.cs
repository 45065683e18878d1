using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice x402</c> in-process: the SIGN-IN-WITH-X header from option or environment, never echoed; 402 handling.</summary>
    public sealed class X402CommandsTests
    {
        private const string Wallet = "0x1234567890abcdef1234567890abcdef12345678";
        private const string Siwx = "c2l3eC1TSVdYQ0FOQVJZLTdkMmU5";

        private const string Balance = """
            {"success":true,"data":{"walletAddress":"0x1234567890abcdef1234567890abcdef12345678","balanceUsd":"12.5","canConsume":true,"minimumTopUpUsd":5,"suggestedTopUpUsd":20,"diemBalanceUsd":0}}
            """;

        private static void AssertNoSiwx(CliResult result)
        {
            Assert.DoesNotContain(Siwx, result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(Siwx, result.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Balance_sends_siwx_from_the_option_and_prints_details()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, Balance);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "x402", "balance", Wallet, "--siwx", Siwx);

            Assert.True(result.ExitCode == 0, result.ToString());
            AssertNoSiwx(result);
            RecordedRequest request = server.LastRequest;
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/x402/balance/" + Wallet, request.RawPath);
            Assert.Equal(Siwx, request.Header("SIGN-IN-WITH-X"));
            Assert.Equal(
                [
                    "Wallet:                  " + Wallet,
                    "Balance (USD):           12.5",
                    "DIEM balance (USD):      0",
                    "Can consume:             yes",
                    "Minimum top-up (USD):    5",
                    "Suggested top-up (USD):  20",
                ],
                Lines(result.Stdout));
        }

        [Fact]
        public async Task Transactions_take_siwx_from_the_environment_and_send_limit_offset()
        {
            const string body = """
                {"success":true,"data":{"walletAddress":"0x1234567890abcdef1234567890abcdef12345678","currentBalance":7.5,
                 "transactions":[{"id":"t1","amount":-0.25,"balanceAfter":7.5,"type":"CHARGE","createdAt":"2026-11-01T10:00:00Z","modelId":"venice-uncensored"}],
                 "pagination":{"limit":1,"offset":0,"hasMore":true}}}
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, body);
            var environment = new Dictionary<string, string?> { ["VENICE_SIWX"] = Siwx, ["VENICE_API_KEY"] = ApiKey, ["VENICE_BASE_URL"] = server.BaseAddress.ToString() };

            CliResult result = await RunAsync(environment, CancellationToken.None, "x402", "transactions", Wallet, "--limit", "1", "--offset", "0");

            Assert.True(result.ExitCode == 0, result.ToString());
            AssertNoSiwx(result);
            Assert.Equal("/api/v1/x402/transactions/" + Wallet, server.LastRequest.RawPath);
            Assert.Equal("?limit=1&offset=0", server.LastRequest.QueryString);
            Assert.Equal(Siwx, server.LastRequest.Header("SIGN-IN-WITH-X"));
            Assert.Equal(
                [
                    $"Wallet {Wallet}: balance 7.5 USD.",
                    "TIME (UTC)        TYPE    AMOUNT  BALANCE AFTER  MODEL              ID",
                    "2026-11-01 10:00  CHARGE  -0.25   7.5            venice-uncensored  t1",
                    "More: --offset 1.",
                ],
                Lines(result.Stdout));

            CliResult json = await RunAsync(environment, CancellationToken.None, "x402", "transactions", Wallet, "--json");
            using JsonDocument doc = JsonDocument.Parse(json.Stdout);
            Assert.Equal("t1", doc.RootElement.GetProperty("data").GetProperty("transactions")[0].GetProperty("id").GetString());
        }

        [Fact]
        public async Task Payment_required_is_one_line_exit_1_and_an_echoed_siwx_is_masked()
        {
            string body = $$"""{"error":"Insufficient balance for wallet (siwx {{Siwx}})","minimumTopUpUsd":5}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(402, body);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "x402", "balance", Wallet, "--siwx", Siwx);

            Assert.Equal(1, result.ExitCode);
            AssertNoSiwx(result);
            Assert.Equal(string.Empty, result.Stdout);
            string line = Assert.Single(Lines(result.Stderr));
            Assert.StartsWith("error: HTTP 402 PaymentRequired: Insufficient balance for wallet (siwx ***)", line);
        }

        [Fact]
        public async Task Missing_siwx_or_bad_wallet_is_a_usage_error_without_sending()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, Balance);

            CliResult none = await RunAgainstAsync(server.BaseAddress, "x402", "balance", Wallet);
            Assert.Equal(2, none.ExitCode);
            Assert.Contains("VENICE_SIWX", none.Stderr, StringComparison.Ordinal);

            CliResult bad = await RunAgainstAsync(server.BaseAddress, "x402", "balance", "not-a-wallet", "--siwx", Siwx);
            Assert.Equal(2, bad.ExitCode);
            AssertNoSiwx(bad);
            Assert.Empty(server.Requests);
        }
    }
}
