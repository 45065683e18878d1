using VeniceAot.Billing;
using VeniceAot.Json;
using VeniceAot.Tests.Models;
using Xunit.Abstractions;
using static VeniceAot.Tests.Billing.AccountTestSupport;

namespace VeniceAot.Tests.Billing
{
    /// <summary>The spec's billing examples (read from <c>../shared/venice/examples</c> at run time) round-trip through the models.</summary>
    public sealed class BillingSpecExampleTests(ITestOutputHelper output)
    {
        [Fact]
        public void Balance_example_round_trips()
        {
            if (SharedVeniceFiles.TryRead("examples/getBillingBalance.response.200.1.json", output) is not string json)
            {
                return;
            }

            string written = RoundTrip(json, BillingJsonContext.Default.BillingBalance, b =>
            {
                Assert.Equal(BillingCurrency.Diem, b.ConsumptionCurrency);
                Assert.Equal(90.5m, b.Balances!.Diem);
                Assert.Null(b.AdditionalProperties);
            });
            AssertSameJson(json, written);
        }

        [Fact]
        public void Usage_analytics_example_round_trips()
        {
            if (SharedVeniceFiles.TryRead("examples/getBillingUsageAnalytics.response.200.1.json", output) is not string json)
            {
                return;
            }

            string written = RoundTrip(json, BillingJsonContext.Default.UsageAnalytics, a =>
            {
                Assert.Equal(5.5m, a.ByModelDaily![0]["GLM 5.1"]);
                Assert.Equal(2, a.ByModel![0].Breakdown!.Count);
                Assert.Null(a.ByKey![1].ApiKeyId);
                Assert.Empty(SharedVeniceFiles.FindExtensionData(a));
            });
            AssertSameJson(json, written);
        }

        [Fact]
        public void Usage_history_example_round_trips()
        {
            if (SharedVeniceFiles.TryRead("examples/getBillingUsageHistory.response.200.1.json", output) is not string json)
            {
                return;
            }

            string written = RoundTrip(json, BillingJsonContext.Default.UsageHistoryPage, p =>
            {
                Assert.Equal(2, p.Data.Count);
                Assert.Equal(0.000227m, p.Data[1].Units);
                Assert.Equal("chatcmpl-4007fd29f42b7d3c4107f4345e8d174a", p.Data[1].InferenceDetails!.RequestId);
                Assert.NotNull(p.NextCursor);
                Assert.Empty(SharedVeniceFiles.FindExtensionData(p));
            });
            AssertSameJson(json, written);
        }
    }
}
