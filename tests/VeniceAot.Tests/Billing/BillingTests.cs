using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using VeniceAot.Billing;
using VeniceAot.Http;
using VeniceAot.Testing;
using static VeniceAot.Tests.Billing.AccountTestSupport;

namespace VeniceAot.Tests.Billing
{
    /// <summary>The Billing group against the loopback server: exact requests, parsed answers, the 410 sunset, CSV and cursor paging.</summary>
    public sealed class BillingTests
    {
        private const string Entry1 = """{"amount":-0.1,"currency":"DIEM","inferenceDetails":null,"notes":"API Inference","pricePerUnitUsd":0.1,"sku":"img-unit","timestamp":"2026-06-14T19:52:45.087Z","units":1}""";
        private const string Entry2 = """{"amount":"-0.06356","currency":"USD","inferenceDetails":{"completionTokens":227,"inferenceExecutionTime":2964,"promptTokens":339,"requestId":"chatcmpl-1"},"notes":"API Inference","pricePerUnitUsd":2.8,"sku":"glm-out","timestamp":"2026-06-15T19:05:10.504Z","units":0.000227,"newField":true}""";
        private const string Entry3 = """{"amount":-1,"currency":"FUTURE_COIN","inferenceDetails":null,"notes":"x","pricePerUnitUsd":1,"sku":"s","timestamp":"2026-06-16T00:00:00Z","units":1}""";

        [Fact]
        public async Task Balance_sends_get_and_parses_money_and_nulls()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"canConsume":true,"consumptionCurrency":"DIEM","balances":{"diem":null,"usd":"25.50"},"diemEpochAllocation":100}""");
            using VeniceClient client = ClientFor(server);

            BillingBalance balance = await client.Billing.GetBalanceAsync();

            Assert.Equal("GET", server.LastRequest.Method);
            Assert.Equal("/api/v1/billing/balance", server.LastRequest.RawPath);
            Assert.Equal(string.Empty, server.LastRequest.QueryString);
            Assert.Equal("Bearer " + Key, server.LastRequest.Header("Authorization"));
            Assert.True(balance.CanConsume);
            Assert.Equal(BillingCurrency.Diem, balance.ConsumptionCurrency);
            Assert.Null(balance.Balances!.Diem);
            Assert.Equal(25.50m, balance.Balances.Usd);
            Assert.Equal(100m, balance.DiemEpochAllocation);
        }

        [Fact]
        public async Task Usage_410_throws_an_api_error_naming_usage_history()
        {
            const string body = """{"error":"This endpoint has been sunset. Use GET /api/v1/billing/usage-history."}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(410, body, new Dictionary<string, string>
            {
                ["Sunset"] = "Wed, 16 Sep 2026 00:00:00 GMT",
                ["Link"] = "</api/v1/billing/usage-history>; rel=\"successor-version\"",
            });
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Billing.GetUsageAsync());

            Assert.Equal("/api/v1/billing/usage", server.LastRequest.RawPath);
            Assert.Equal(HttpStatusCode.Gone, error.StatusCode);
            Assert.Contains("410", error.Message);
            Assert.Contains("GET /billing/usage-history", error.Message);
            Assert.Contains("GetUsageHistoryAsync", error.Message);
            Assert.Equal(body, error.RawBody);
            Assert.Equal("Wed, 16 Sep 2026 00:00:00 GMT", error.Metadata!.GetHeader("Sunset"));
            Assert.IsType<VeniceApiException>(error.InnerException);
            Assert.Null(error.PaymentRequired);
        }

        [Fact]
        public async Task Usage_that_unexpectedly_succeeds_still_fails_with_the_replacement()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Billing.GetUsageAsync());

            Assert.Equal(HttpStatusCode.Gone, error.StatusCode);
            Assert.Contains("usage-history", error.Message);
        }

        [Fact]
        public async Task Analytics_sends_lookback_or_dates_and_parses_map_rows()
        {
            const string json = """
                {"lookback":"30d","byDate":[{"date":"2024-01-15","USD":0.5,"DIEM":10.25}],
                 "byModel":[{"modelName":"GLM 5.1","unitType":"tokens","modelType":null,"totalUsd":0.4,"totalDiem":12.5,"totalUnits":50000,
                   "breakdown":[{"type":"Output","usd":0.3,"diem":10,"units":35000}]}],
                 "byModelDaily":[{"date":1705276800000,"GLM 5.1":5.5,"Kimi K2.6":3.2}],"topModels":["GLM 5.1"],
                 "byKey":[{"apiKeyId":null,"description":"Web App","totalUsd":0,"totalDiem":4,"totalUnits":25000}],
                 "byKeyDaily":[{"date":1705276800000,"Web App":2}],"topKeyNames":["Web App"]}
                """;
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, json);
            using VeniceClient client = ClientFor(server);

            UsageAnalytics analytics = await client.Billing.GetUsageAnalyticsAsync(30);
            Assert.Equal("/api/v1/billing/usage-analytics", server.LastRequest.RawPath);
            Assert.Equal("?lookback=30d", server.LastRequest.QueryString);

            await client.Billing.GetUsageAnalyticsAsync("7d");
            Assert.Equal("?lookback=7d", server.LastRequest.QueryString);

            await client.Billing.GetUsageAnalyticsAsync(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31));
            Assert.Equal("?startDate=2024-01-01&endDate=2024-01-31", server.LastRequest.QueryString);

            await client.Billing.GetUsageAnalyticsAsync();
            Assert.Equal(string.Empty, server.LastRequest.QueryString);

            Assert.Equal("30d", analytics.Lookback);
            Assert.Equal(10.25m, analytics.ByDate![0].Diem);
            Assert.Equal(0.5m, analytics.ByDate[0].Usd);
            UsageByModel model = Assert.Single(analytics.ByModel!);
            Assert.Null(model.ModelType);
            Assert.Equal(35000m, model.Breakdown![0].Units);
            Assert.Equal(1705276800000m, analytics.ByModelDaily![0]["date"]);
            Assert.Equal(3.2m, analytics.ByModelDaily[0]["Kimi K2.6"]);
            Assert.Null(analytics.ByKey![0].ApiKeyId);
            Assert.Equal(2m, analytics.ByKeyDaily![0]["Web App"]);
        }

        [Theory]
        [InlineData("7")]
        [InlineData("0d")]
        [InlineData("07d")]
        [InlineData("7 d")]
        [InlineData("1w")]
        public async Task Analytics_rejects_a_malformed_lookback_before_sending(string lookback)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");
            using VeniceClient client = ClientFor(server);

            await Assert.ThrowsAsync<ArgumentException>(() => client.Billing.GetUsageAnalyticsAsync(lookback));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Billing.GetUsageAnalyticsAsync(0));
            await Assert.ThrowsAsync<ArgumentException>(() => client.Billing.GetUsageAnalyticsAsync(new DateOnly(2024, 2, 1), new DateOnly(2024, 1, 1)));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task History_first_page_sends_filters_and_json_accept()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"data":[{{Entry1}},{{Entry2}}],"nextCursor":"AZq3_fK-9"}""");
            using VeniceClient client = ClientFor(server);

            await using MediaResponse<UsageHistoryPage> page = await client.Billing.GetUsageHistoryAsync(new UsageHistoryQuery
            {
                Currency = BillingCurrency.Usd,
                StartTimestamp = new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.FromHours(2)),
                EndTimestamp = new DateTimeOffset(2026, 7, 1, 0, 0, 0, 250, TimeSpan.Zero),
                PageSize = 500,
            });

            RecordedRequest request = server.LastRequest;
            Assert.Equal("/api/v1/billing/usage-history", request.RawPath);
            Assert.Equal(
                [Pair("currency", "USD"), Pair("endTimestamp", "2026-07-01T00:00:00.250Z"), Pair("pageSize", "500"), Pair("startTimestamp", "2026-06-01T00:00:00.000Z")],
                Query(request));
            Assert.Equal("application/json", request.Header("Accept"));
            Assert.True(page.IsJson);
            Assert.Equal("AZq3_fK-9", page.GetNextCursor());
            UsageHistoryPage value = page.Value!;
            Assert.Equal(2, value.Data.Count);
            Assert.Null(value.Data[0].InferenceDetails);
            Assert.Equal(-0.06356m, value.Data[1].Amount);
            Assert.Equal(BillingCurrency.Usd, value.Data[1].Currency);
            Assert.Equal(227, value.Data[1].InferenceDetails!.CompletionTokens);
            Assert.Equal(new DateTimeOffset(2026, 6, 15, 19, 5, 10, 504, TimeSpan.Zero), value.Data[1].Timestamp);
            Assert.True(value.Data[1].AdditionalProperties!.ContainsKey("newField"));
        }

        [Fact]
        public async Task History_walks_every_page_and_continuations_send_only_the_cursor()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
            {
                string query = request.QueryString;
                string body = query.Contains("cursor=c2", StringComparison.Ordinal) ? $$"""{"data":[{{Entry3}}],"nextCursor":null}"""
                    : query.Contains("cursor=c1", StringComparison.Ordinal) ? $$"""{"data":[{{Entry2}}],"nextCursor":"c2"}"""
                    : $$"""{"data":[{{Entry1}}],"nextCursor":"c1"}""";
                return Respond.Json(context, 200, body);
            });
            using VeniceClient client = ClientFor(server);

            var entries = new List<UsageHistoryEntry>();
            await foreach (UsageHistoryEntry entry in client.Billing.ListUsageHistoryAsync(new UsageHistoryQuery { Currency = BillingCurrency.Diem, PageSize = 10 }))
            {
                entries.Add(entry);
            }

            Assert.Equal(["img-unit", "glm-out", "s"], entries.Select(e => e.Sku));
            Assert.Equal("FUTURE_COIN", entries[2].Currency.Value);
            IReadOnlyList<RecordedRequest> requests = server.Requests;
            Assert.Equal(3, requests.Count);
            Assert.Equal([Pair("currency", "DIEM"), Pair("pageSize", "10")], Query(requests[0]));
            Assert.Equal([Pair("cursor", "c1")], Query(requests[1]));
            Assert.Equal([Pair("cursor", "c2")], Query(requests[2]));
            Assert.All(requests, r => Assert.Equal("/api/v1/billing/usage-history", r.RawPath));
        }

        [Fact]
        public async Task History_csv_branch_streams_text_and_reads_the_cursor_header()
        {
            const string csv = "timestamp,amount,currency\n2026-06-14T19:52:45.087Z,-0.1,DIEM\n";
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) =>
                request.QueryString.Contains("cursor=", StringComparison.Ordinal)
                    ? Respond.Text(context, 200, "text/csv; charset=utf-8", "timestamp,amount,currency\n")
                    : Respond.Text(context, 200, "text/csv; charset=utf-8", csv, new Dictionary<string, string>
                    {
                        ["x-next-cursor"] = "Next_Cursor-1",
                        ["Content-Disposition"] = "attachment; filename=billing-usage-history-20260708T091530123Z.csv",
                    }));
            using VeniceClient client = ClientFor(server);

            string? cursor;
            await using (MediaResponse<UsageHistoryPage> page = await client.Billing.GetUsageHistoryCsvAsync(new UsageHistoryQuery { PageSize = 1000 }))
            {
                Assert.False(page.IsJson);
                Assert.Null(page.Value);
                Assert.Equal("text/csv", page.Media!.ContentType);
                Assert.Equal(csv, await page.Media.ReadAsStringAsync());
                Assert.Equal("attachment; filename=billing-usage-history-20260708T091530123Z.csv", page.Metadata.GetHeader("Content-Disposition"));
                cursor = page.GetNextCursor();
            }

            Assert.Equal("text/csv", server.LastRequest.Header("Accept"));
            Assert.Equal("?pageSize=1000", server.LastRequest.QueryString);
            Assert.Equal("Next_Cursor-1", cursor);

            await using (MediaResponse<UsageHistoryPage> last = await client.Billing.GetUsageHistoryCsvAsync(cursor!))
            {
                Assert.Null(last.GetNextCursor());
            }

            Assert.Equal("?cursor=Next_Cursor-1", server.LastRequest.QueryString);
            Assert.Equal("text/csv", server.LastRequest.Header("Accept"));
        }

        [Fact]
        public async Task History_validates_page_size_and_cursor_before_sending()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"data":[],"nextCursor":null}""");
            using VeniceClient client = ClientFor(server);

            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Billing.GetUsageHistoryAsync(new UsageHistoryQuery { PageSize = 9 }));
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.Billing.GetUsageHistoryAsync(new UsageHistoryQuery { PageSize = 1001 }));
            await Assert.ThrowsAsync<ArgumentException>(() => client.Billing.GetUsageHistoryAsync("bad cursor/../"));
            await Assert.ThrowsAsync<ArgumentException>(() => client.Billing.GetUsageHistoryAsync(string.Empty));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task History_rejected_cursor_is_a_400_api_error()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, """{"error":"Invalid cursor","details":{"_errors":[],"cursor":{"_errors":["Expired"]}}}""");
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.Billing.GetUsageHistoryAsync("expired_1"));

            Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal(["Expired"], error.Details!.Fields["cursor"].Errors);
        }
    }
}
