using System;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Billing
{
    /// <summary>The Billing group as the generator implements it; callers use <see cref="BillingClient"/>, which validates and pages.</summary>
    [VeniceApi(typeof(BillingJsonContext))]
    internal interface IBillingApi
    {
        /// <summary><c>GET /billing/balance</c>.</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The balance.</returns>
        [Get("/billing/balance")]
        Task<BillingBalance> GetBalanceAsync(CancellationToken cancellationToken = default);

        /// <summary><c>GET /billing/usage</c>: sunset, answers 410 Gone.</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Never completes successfully against Venice.</returns>
        [Get("/billing/usage")]
        Task GetUsageAsync(CancellationToken cancellationToken = default);

        /// <summary><c>GET /billing/usage-analytics</c>.</summary>
        /// <param name="lookback">Lookback, <c>Nd</c>.</param>
        /// <param name="startDate">First day.</param>
        /// <param name="endDate">Last day.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The analytics.</returns>
        [Get("/billing/usage-analytics")]
        Task<UsageAnalytics> GetUsageAnalyticsAsync(
            [Query] string? lookback,
            [Query] DateOnly? startDate,
            [Query] DateOnly? endDate,
            CancellationToken cancellationToken = default);

        /// <summary><c>GET /billing/usage-history</c>, JSON or CSV by <paramref name="accept"/>.</summary>
        /// <param name="currency">Currency filter (first page only).</param>
        /// <param name="cursor">Continuation cursor (alone).</param>
        /// <param name="endTimestamp">Exclusive upper bound (first page only).</param>
        /// <param name="pageSize">Page size (first page only).</param>
        /// <param name="startTimestamp">Inclusive lower bound (first page only).</param>
        /// <param name="accept">The <c>Accept</c> header; <c>text/csv</c> asks for CSV.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The JSON page or the CSV stream.</returns>
        [Get("/billing/usage-history")]
        Task<MediaResponse<UsageHistoryPage>> GetUsageHistoryAsync(
            [Query] BillingCurrency? currency,
            [Query] string? cursor,
            [Query] string? endTimestamp,
            [Query] int? pageSize,
            [Query] string? startTimestamp,
            [Header("Accept")] string? accept,
            CancellationToken cancellationToken = default);
    }
}
