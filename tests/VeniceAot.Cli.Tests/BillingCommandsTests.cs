using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Testing;
using static VeniceAot.Cli.Tests.CliRunner;

namespace VeniceAot.Cli.Tests
{
    /// <summary><c>venice billing</c> in-process: balance, usage-history paging (JSON and CSV), analytics.</summary>
    public sealed class BillingCommandsTests
    {
        private static string Entry(string time, string sku, string amount) =>
            $$"""{"amount":{{amount}},"currency":"USD","notes":"API Inference","pricePerUnitUsd":0.5,"sku":"{{sku}}","timestamp":"{{time}}","units":2}""";

        [Fact]
        public async Task Balance_prints_details_and_json()
        {
            const string body = """{"canConsume":true,"consumptionCurrency":"USD","balances":{"diem":"1.25","usd":42.5},"diemEpochAllocation":3}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, body);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "billing", "balance");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(
                ["Can consume:            yes", "Consuming:              USD", "USD:                    42.5", "DIEM:                   1.25", "DIEM epoch allocation:  3"],
                Lines(result.Stdout));
            Assert.Equal("/api/v1/billing/balance", server.LastRequest.RawPath);
            Assert.Equal("GET", server.LastRequest.Method);

            CliResult json = await RunAgainstAsync(server.BaseAddress, "billing", "balance", "--json");
            Assert.Equal(0, json.ExitCode);
            using JsonDocument doc = JsonDocument.Parse(json.Stdout);
            Assert.Equal(42.5m, doc.RootElement.GetProperty("balances").GetProperty("usd").GetDecimal());
            Assert.True(doc.RootElement.GetProperty("canConsume").GetBoolean());
        }

        [Fact]
        public async Task Usage_follows_the_cursor_across_three_pages()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
            {
                string body = request.QueryString switch
                {
                    var q when q.Contains("cursor=c2", StringComparison.Ordinal) => $$"""{"data":[{{Entry("2026-11-03T00:00:00Z", "sku-c", "3")}}],"nextCursor":null}""",
                    var q when q.Contains("cursor=c1", StringComparison.Ordinal) => $$"""{"data":[{{Entry("2026-11-02T00:00:00Z", "sku-b", "2")}}],"nextCursor":"c2"}""",
                    _ => $$"""{"data":[{{Entry("2026-11-01T10:20:30Z", "sku-a", "1.5")}}],"nextCursor":"c1"}""",
                };
                return Respond.Json(context, 200, body);
            });

            CliResult result = await RunAgainstAsync(server.BaseAddress, "billing", "usage", "--start", "2026-11-01", "--end", "2026-11-30");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(
                [
                    "TIME (UTC)           SKU    UNITS  USD/UNIT  AMOUNT  CURRENCY",
                    "2026-11-01 10:20:30  sku-a  2      0.5       1.5     USD",
                    "2026-11-02 00:00:00  sku-b  2      0.5       2       USD",
                    "2026-11-03 00:00:00  sku-c  2      0.5       3       USD",
                ],
                Lines(result.Stdout));
            Assert.Equal(
                [
                    "?endTimestamp=2026-11-30T23:59:59.999Z&startTimestamp=2026-11-01T00:00:00.000Z",
                    "?cursor=c1",
                    "?cursor=c2",
                ],
                server.Requests.Select(r => Uri.UnescapeDataString(r.QueryString)));
            Assert.All(server.Requests, r => Assert.Equal("/api/v1/billing/usage-history", r.RawPath));
        }

        [Fact]
        public async Task Usage_json_collects_every_page_and_limit_stops_early()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
                Respond.Json(context, 200, request.QueryString.Contains("cursor=c1", StringComparison.Ordinal)
                    ? $$"""{"data":[{{Entry("2026-11-02T00:00:00Z", "sku-b", "2")}}],"nextCursor":"c2"}"""
                    : $$"""{"data":[{{Entry("2026-11-01T00:00:00Z", "sku-a", "1")}}],"nextCursor":"c1"}"""));

            CliResult result = await RunAgainstAsync(server.BaseAddress, "billing", "usage", "--limit", "2", "--json");

            Assert.True(result.ExitCode == 0, result.ToString());
            using JsonDocument doc = JsonDocument.Parse(result.Stdout);
            JsonElement data = doc.RootElement.GetProperty("data");
            Assert.Equal(["sku-a", "sku-b"], data.EnumerateArray().Select(e => e.GetProperty("sku").GetString()));
            Assert.Equal(["?pageSize=10", "?cursor=c1"], server.Requests.Select(r => r.QueryString));
        }

        [Fact]
        public async Task Usage_csv_prints_the_header_once_and_follows_the_header_cursor()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
                request.QueryString.Contains("cursor=n1", StringComparison.Ordinal)
                    ? Respond.Text(context, 200, "text/csv", "timestamp,sku,amount\r\n2026-11-02,b,2\r\n")
                    : Respond.Text(context, 200, "text/csv", "timestamp,sku,amount\r\n2026-11-01,a,1\r\n", new Dictionary<string, string> { ["x-next-cursor"] = "n1" }));

            CliResult result = await RunAgainstAsync(server.BaseAddress, "billing", "usage", "--csv");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(["timestamp,sku,amount", "2026-11-01,a,1", "2026-11-02,b,2"], Lines(result.Stdout));
            Assert.Equal(2, server.Requests.Count);
            Assert.All(server.Requests, r => Assert.Contains("text/csv", r.Header("Accept"), StringComparison.Ordinal));
        }

        [Fact]
        public async Task Usage_rejects_bad_dates_without_sending()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");

            CliResult result = await RunAgainstAsync(server.BaseAddress, "billing", "usage", "--start", "yesterday-ish");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--start 'yesterday-ish'", result.Stderr, StringComparison.Ordinal);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Analytics_sends_lookback_or_dates_and_prints_tables()
        {
            const string body = """
                {"lookback":"7d","byDate":[{"date":"2026-11-01","USD":1.5,"DIEM":0}],
                 "byModel":[{"modelName":"venice-uncensored","unitType":"tokens","modelType":"text","totalUsd":1.5,"totalDiem":0,"totalUnits":1200}]}
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, body);

            CliResult result = await RunAgainstAsync(server.BaseAddress, "billing", "analytics", "--lookback", "7d");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("/api/v1/billing/usage-analytics", server.LastRequest.RawPath);
            Assert.Equal("?lookback=7d", server.LastRequest.QueryString);
            Assert.Equal(
                [
                    "Lookback: 7d",
                    "",
                    "DATE        USD  DIEM",
                    "2026-11-01  1.5  0",
                    "",
                    "MODEL              TYPE  UNITS  UNIT    USD  DIEM",
                    "venice-uncensored  text  1200   tokens  1.5  0",
                ],
                Lines(result.Stdout));

            CliResult range = await RunAgainstAsync(server.BaseAddress, "billing", "analytics", "--start", "2026-11-01", "--end", "2026-11-07", "--json");
            Assert.Equal(0, range.ExitCode);
            Assert.Equal("?startDate=2026-11-01&endDate=2026-11-07", server.LastRequest.QueryString);
            using JsonDocument doc = JsonDocument.Parse(range.Stdout);
            Assert.Equal("7d", doc.RootElement.GetProperty("lookback").GetString());

            CliResult bad = await RunAgainstAsync(server.BaseAddress, "billing", "analytics", "--lookback", "week");
            Assert.Equal(2, bad.ExitCode);
            Assert.Equal(2, server.Requests.Count);
        }
    }
}
