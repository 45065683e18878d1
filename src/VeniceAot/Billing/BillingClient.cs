using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Billing
{
    /// <summary>
    /// The Billing group, reached as <see cref="VeniceClient.Billing"/>: balance, usage analytics and the cursor-paged
    /// usage history (JSON or CSV). Needs an ADMIN key. <c>GET /billing/usage</c> is sunset; see <see cref="GetUsageAsync"/>.
    /// </summary>
    public sealed partial class BillingClient
    {
        /// <summary>The <c>Accept</c> value that makes <c>/billing/usage-history</c> answer CSV.</summary>
        public const string CsvMediaType = "text/csv";

        /// <summary>The response header that carries the next cursor of a CSV page.</summary>
        public const string NextCursorHeader = "x-next-cursor";

        private readonly IBillingApi _api;

        /// <summary>Creates the client over <paramref name="connection"/>.</summary>
        /// <param name="connection">The connection to send through (e.g. <see cref="VeniceClient.Connection"/>).</param>
        public BillingClient(ApiConnection connection)
        {
            ArgumentNullException.ThrowIfNull(connection);
            _api = new BillingApiClient(connection);
        }

        /// <summary><c>GET /billing/balance</c>: the remaining DIEM/USD balances and the DIEM epoch allocation.</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The balance.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<BillingBalance> GetBalanceAsync(CancellationToken cancellationToken = default) => _api.GetBalanceAsync(cancellationToken);

        /// <summary>
        /// <c>GET /billing/usage</c>, which Venice sunset on 2026-09-16: it answers every request with 410 Gone. This method
        /// exists so old code fails with a clear message: it always throws a <see cref="VeniceApiException"/> that names
        /// <c>GET /billing/usage-history</c> (<see cref="GetUsageHistoryAsync(UsageHistoryQuery?, CancellationToken)"/>,
        /// <see cref="ListUsageHistoryAsync"/>) as the replacement.
        /// </summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>A task that always fails.</returns>
        /// <exception cref="VeniceApiException">Always: 410 Gone (or whatever else the server said), naming usage-history.</exception>
        public async Task GetUsageAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                await _api.GetUsageAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (VeniceApiException ex) when (ex.StatusCode == HttpStatusCode.Gone)
            {
                throw new VeniceApiException(ex.StatusCode, UsageSunsetMessage(ex.Error), ex.RawBody, ex.Metadata, ex);
            }

            throw new VeniceApiException(HttpStatusCode.Gone, UsageSunsetMessage(null), null, null);
        }

        /// <summary><c>GET /billing/usage-analytics</c> over the server's default lookback (7 days).</summary>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Totals by date, model and key.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error (504 when the query timed out: use a shorter lookback).</exception>
        public Task<UsageAnalytics> GetUsageAnalyticsAsync(CancellationToken cancellationToken = default) =>
            _api.GetUsageAnalyticsAsync(null, null, null, cancellationToken);

        /// <summary><c>GET /billing/usage-analytics</c> over the last <paramref name="lookbackDays"/> days (Venice allows at most 90).</summary>
        /// <param name="lookbackDays">Days to look back, sent as <c>lookback=Nd</c>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Totals by date, model and key.</returns>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="lookbackDays"/> is below 1.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error (504 when the query timed out: use a shorter lookback).</exception>
        public Task<UsageAnalytics> GetUsageAnalyticsAsync(int lookbackDays, CancellationToken cancellationToken = default)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(lookbackDays, 1);
            return _api.GetUsageAnalyticsAsync(lookbackDays.ToString(CultureInfo.InvariantCulture) + "d", null, null, cancellationToken);
        }

        /// <summary><c>GET /billing/usage-analytics</c> with a lookback as Venice writes it (<c>"7d"</c>, <c>"30d"</c>).</summary>
        /// <param name="lookback">A lookback matching <c>^[1-9]\d*d$</c>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Totals by date, model and key.</returns>
        /// <exception cref="ArgumentException"><paramref name="lookback"/> does not match the pattern.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<UsageAnalytics> GetUsageAnalyticsAsync(string lookback, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(lookback);
            if (!LookbackPattern().IsMatch(lookback))
            {
                throw new ArgumentException($"The lookback '{lookback}' is not a number of days like \"7d\" or \"30d\" (pattern ^[1-9]\\d*d$).", nameof(lookback));
            }

            return _api.GetUsageAnalyticsAsync(lookback, null, null, cancellationToken);
        }

        /// <summary><c>GET /billing/usage-analytics</c> for the days <paramref name="startDate"/> to <paramref name="endDate"/> (sent as <c>YYYY-MM-DD</c>).</summary>
        /// <param name="startDate">The first day.</param>
        /// <param name="endDate">The last day; not before <paramref name="startDate"/>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Totals by date, model and key.</returns>
        /// <exception cref="ArgumentException"><paramref name="endDate"/> is before <paramref name="startDate"/>.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<UsageAnalytics> GetUsageAnalyticsAsync(DateOnly startDate, DateOnly endDate, CancellationToken cancellationToken = default)
        {
            if (endDate < startDate)
            {
                throw new ArgumentException($"endDate {endDate:yyyy-MM-dd} is before startDate {startDate:yyyy-MM-dd}.", nameof(endDate));
            }

            return _api.GetUsageAnalyticsAsync(null, startDate, endDate, cancellationToken);
        }

        /// <summary>
        /// The first page of <c>GET /billing/usage-history</c> as JSON, filtered by <paramref name="query"/>. Dispose the
        /// result. Continue with <see cref="GetUsageHistoryAsync(string, CancellationToken)"/> and the page's
        /// <see cref="UsageHistoryPage.NextCursor"/>, or let <see cref="ListUsageHistoryAsync"/> walk every page.
        /// </summary>
        /// <param name="query">Filters; null for none.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The page (<see cref="MediaResponse{T}.Value"/>, since JSON is asked for).</returns>
        /// <exception cref="ArgumentOutOfRangeException"><see cref="UsageHistoryQuery.PageSize"/> is outside 10..1000.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<MediaResponse<UsageHistoryPage>> GetUsageHistoryAsync(UsageHistoryQuery? query = null, CancellationToken cancellationToken = default) =>
            SendFirstPage(query, "application/json", cancellationToken);

        /// <summary>
        /// A continuation page of <c>GET /billing/usage-history</c> as JSON: sends the cursor and nothing else, because
        /// the filters travel inside it (Venice rejects filters sent alongside a cursor).
        /// </summary>
        /// <param name="cursor">The previous page's <see cref="UsageHistoryPage.NextCursor"/>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The page.</returns>
        /// <exception cref="ArgumentException">The cursor is empty or not <c>[A-Za-z0-9_-]+</c>.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error (400 for an expired or foreign cursor: restart the walk).</exception>
        public Task<MediaResponse<UsageHistoryPage>> GetUsageHistoryAsync(string cursor, CancellationToken cancellationToken = default) =>
            SendContinuation(cursor, "application/json", cancellationToken);

        /// <summary>
        /// The first page of <c>GET /billing/usage-history</c> as CSV (<c>Accept: text/csv</c>). The answer is
        /// <see cref="MediaResponse{T}.Media"/>: save it with <see cref="BinaryResponse.SaveToFileAsync"/> or read it with
        /// <see cref="BinaryResponse.ReadAsStringAsync"/>; the next cursor is in the <c>x-next-cursor</c> header
        /// (<see cref="UsageHistoryResponseExtensions.GetNextCursor"/>). Dispose the result.
        /// </summary>
        /// <param name="query">Filters; null for none.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The CSV page (or JSON, if the server chose to answer so).</returns>
        /// <exception cref="ArgumentOutOfRangeException"><see cref="UsageHistoryQuery.PageSize"/> is outside 10..1000.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<MediaResponse<UsageHistoryPage>> GetUsageHistoryCsvAsync(UsageHistoryQuery? query = null, CancellationToken cancellationToken = default) =>
            SendFirstPage(query, CsvMediaType, cancellationToken);

        /// <summary>A continuation page of <c>GET /billing/usage-history</c> as CSV; sends only the cursor.</summary>
        /// <param name="cursor">The previous page's <c>x-next-cursor</c>.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The CSV page.</returns>
        /// <exception cref="ArgumentException">The cursor is empty or not <c>[A-Za-z0-9_-]+</c>.</exception>
        /// <exception cref="VeniceApiException">Venice answered with an error.</exception>
        public Task<MediaResponse<UsageHistoryPage>> GetUsageHistoryCsvAsync(string cursor, CancellationToken cancellationToken = default) =>
            SendContinuation(cursor, CsvMediaType, cancellationToken);

        /// <summary>
        /// Every entry of <c>GET /billing/usage-history</c> matching <paramref name="query"/>, page after page: the first
        /// request carries the filters, each following one only the previous page's <c>nextCursor</c>. Requests are sent
        /// as enumeration proceeds.
        /// </summary>
        /// <param name="query">Filters; null for none.</param>
        /// <param name="cancellationToken">Cancels the walk.</param>
        /// <returns>The entries in ascending time order.</returns>
        /// <exception cref="VeniceApiException">Venice answered with an error, or a page was not JSON.</exception>
        public async IAsyncEnumerable<UsageHistoryEntry> ListUsageHistoryAsync(UsageHistoryQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            string? cursor = null;
            bool first = true;
            while (first || cursor is not null)
            {
                UsageHistoryPage page;
                using (MediaResponse<UsageHistoryPage> response = first
                    ? await GetUsageHistoryAsync(query, cancellationToken).ConfigureAwait(false)
                    : await GetUsageHistoryAsync(cursor!, cancellationToken).ConfigureAwait(false))
                {
                    page = response.Value ?? throw new VeniceApiException(
                        response.Metadata.StatusCode,
                        $"usage-history answered {response.Metadata.ContentType ?? "no content type"} where JSON was asked for",
                        null,
                        response.Metadata);
                }

                first = false;
                foreach (UsageHistoryEntry entry in page.Data)
                {
                    yield return entry;
                }

                cursor = string.IsNullOrEmpty(page.NextCursor) ? null : page.NextCursor;
            }
        }

        private Task<MediaResponse<UsageHistoryPage>> SendFirstPage(UsageHistoryQuery? query, string accept, CancellationToken cancellationToken)
        {
            if (query?.PageSize is { } size)
            {
                ArgumentOutOfRangeException.ThrowIfLessThan(size, 10, "query.PageSize");
                ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 1000, "query.PageSize");
            }

            return _api.GetUsageHistoryAsync(
                query?.Currency,
                null,
                Timestamp(query?.EndTimestamp),
                query?.PageSize,
                Timestamp(query?.StartTimestamp),
                accept,
                cancellationToken);
        }

        private Task<MediaResponse<UsageHistoryPage>> SendContinuation(string cursor, string accept, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(cursor);
            if (!CursorPattern().IsMatch(cursor))
            {
                throw new ArgumentException("A usage-history cursor is the nextCursor (or x-next-cursor) of a previous page: letters, digits, '_' and '-' only.", nameof(cursor));
            }

            return _api.GetUsageHistoryAsync(null, cursor, null, null, null, accept, cancellationToken);
        }

        /// <summary>ISO 8601 in UTC with a <c>Z</c> suffix and milliseconds, as the endpoint asks (at most 40 characters).</summary>
        private static string? Timestamp(DateTimeOffset? value) =>
            value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

        private static string UsageSunsetMessage(string? serverMessage) =>
            (string.IsNullOrWhiteSpace(serverMessage) ? string.Empty : serverMessage.TrimEnd('.') + ". ")
            + "GET /billing/usage was sunset on 2026-09-16 and answers 410 Gone; use GET /billing/usage-history instead "
            + "(BillingClient.GetUsageHistoryAsync or ListUsageHistoryAsync): pageSize plus nextCursor replace page and limit, "
            + "startTimestamp and endTimestamp replace startDate and endDate.";

        [GeneratedRegex(@"^[1-9]\d*d$", RegexOptions.CultureInvariant)]
        private static partial Regex LookbackPattern();

        [GeneratedRegex(@"^[A-Za-z0-9_-]{1,512}$", RegexOptions.CultureInvariant)]
        private static partial Regex CursorPattern();
    }

    /// <summary>Reads the next cursor of a usage-history page, whichever form it came in.</summary>
    public static class UsageHistoryResponseExtensions
    {
        /// <summary>
        /// The cursor of the next page: the JSON body's <c>nextCursor</c>, or for a CSV page the <c>x-next-cursor</c>
        /// header; null on the last page.
        /// </summary>
        /// <param name="response">A usage-history page.</param>
        /// <returns>The cursor, or null.</returns>
        public static string? GetNextCursor(this MediaResponse<UsageHistoryPage> response)
        {
            ArgumentNullException.ThrowIfNull(response);
            string? cursor = response.IsJson ? response.Value?.NextCursor : response.Metadata.GetHeader(BillingClient.NextCursorHeader);
            return string.IsNullOrEmpty(cursor) ? null : cursor;
        }
    }
}
