using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Billing;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Cli
{
    /// <summary>The <c>venice billing …</c> group: balance, usage history (all pages) and usage analytics.</summary>
    public static class BillingCommands
    {
        /// <summary>Builds the <c>billing</c> command and its subcommands.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command Create(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var billing = context.NewCommand("billing", "Show the balance, the usage history and usage analytics.", "venice billing balance");
            billing.Add(Balance(context));
            billing.Add(Usage(context));
            billing.Add(Analytics(context));
            return billing;
        }

        private static Command Balance(CliContext context)
        {
            var command = context.NewCommand("balance", "Show the account's USD and DIEM balances and whether it can consume.", "venice billing balance --json");
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                BillingBalance balance = await client.Billing.GetBalanceAsync(ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(balance, BillingJsonContext.Default.BillingBalance);
                }
                else
                {
                    TableWriter.WriteDetails(context.Output,
                    [
                        new("Can consume", balance.CanConsume ? "yes" : "no"),
                        new("Consuming", Formats.Text(balance.ConsumptionCurrency?.ToString())),
                        new("USD", Formats.Amount(balance.Balances?.Usd)),
                        new("DIEM", Formats.Amount(balance.Balances?.Diem)),
                        new("DIEM epoch allocation", Formats.Amount(balance.DiemEpochAllocation)),
                    ]);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Usage(CliContext context)
        {
            var command = context.NewCommand(
                "usage",
                "List usage entries (every page, following the cursor). A date-only --end includes that whole day (UTC).",
                "venice billing usage --start 2026-11-01 --end 2026-11-30",
                "venice billing usage --limit 20",
                "venice billing usage --start 2026-11-01 --csv > usage.csv");
            var start = new Option<string>("--start") { Description = "First moment, as a date (2026-11-01, UTC midnight) or an ISO 8601 timestamp.", HelpName = "date" };
            var end = new Option<string>("--end") { Description = "Last moment: a date includes that whole day; a timestamp is the exact end.", HelpName = "date" };
            var limit = new Option<int?>("--limit") { Description = "Print at most this many entries (default: all of them).", HelpName = "n" };
            var csv = new Option<bool>("--csv") { Description = "Print Venice's CSV answer (header once, then every page's rows)." };
            command.Add(start);
            command.Add(end);
            command.Add(limit);
            command.Add(csv);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                int? max = parse.GetValue(limit);
                if (max is < 1)
                {
                    throw new UsageException($"--limit must be at least 1, not {max}.");
                }

                bool asCsv = parse.GetValue(csv);
                if (asCsv && context.IsJson(parse))
                {
                    throw new UsageException("--csv and --json exclude each other.");
                }

                DateTimeOffset? from = ParseMoment(parse.GetValue(start), "--start", endOfDay: false);
                DateTimeOffset? to = ParseMoment(parse.GetValue(end), "--end", endOfDay: true);
                if (from is not null && to is not null && to < from)
                {
                    throw new UsageException("--end is before --start.");
                }

                var query = new UsageHistoryQuery
                {
                    StartTimestamp = from,
                    EndTimestamp = to,
                    PageSize = max is { } m ? Math.Clamp(m, 10, 1000) : null,
                };
                if (asCsv)
                {
                    await WriteCsvAsync(context.Output, client.Billing, query, max, ct).ConfigureAwait(false);
                    return ExitCodes.Success;
                }

                var entries = new List<UsageHistoryEntry>();
                await foreach (UsageHistoryEntry entry in client.Billing.ListUsageHistoryAsync(query, ct).ConfigureAwait(false))
                {
                    entries.Add(entry);
                    if (entries.Count == max)
                    {
                        break;
                    }
                }

                if (context.IsJson(parse))
                {
                    context.WriteJson(new UsageHistoryPage { Data = entries }, BillingJsonContext.Default.UsageHistoryPage);
                }
                else if (entries.Count == 0)
                {
                    context.Output.WriteLine("No usage in this period.");
                }
                else
                {
                    var rows = new List<string[]>();
                    foreach (UsageHistoryEntry entry in entries)
                    {
                        rows.Add(
                        [
                            entry.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                            Formats.Text(entry.Sku),
                            Formats.Amount(entry.Units),
                            Formats.Amount(entry.PricePerUnitUsd),
                            Formats.Amount(entry.Amount),
                            Formats.Text(entry.Currency.ToString()),
                        ]);
                    }

                    TableWriter.WriteTable(context.Output, ["TIME (UTC)", "SKU", "UNITS", "USD/UNIT", "AMOUNT", "CURRENCY"], rows);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static async Task WriteCsvAsync(TextWriter output, BillingClient billing, UsageHistoryQuery query, int? max, CancellationToken ct)
        {
            string? cursor = null;
            bool first = true;
            int rows = 0;
            while (first || cursor is not null)
            {
                using MediaResponse<UsageHistoryPage> response = first
                    ? await billing.GetUsageHistoryCsvAsync(query, ct).ConfigureAwait(false)
                    : await billing.GetUsageHistoryCsvAsync(cursor!, ct).ConfigureAwait(false);
                if (response.Media is null)
                {
                    throw new VeniceApiException(response.Metadata.StatusCode, "usage-history answered JSON where CSV was asked for", null, response.Metadata);
                }

                string text = await response.Media.ReadAsStringAsync(ct).ConfigureAwait(false);
                string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
                for (int i = 0; i < lines.Length; i++)
                {
                    if (i == 0)
                    {
                        // Each page repeats the header; print it once.
                        if (first)
                        {
                            output.WriteLine(lines[0]);
                        }

                        continue;
                    }

                    if (lines[i].Length == 0)
                    {
                        continue;
                    }

                    output.WriteLine(lines[i]);
                    if (++rows == max)
                    {
                        return;
                    }
                }

                first = false;
                cursor = response.GetNextCursor();
            }
        }

        private static Command Analytics(CliContext context)
        {
            var command = context.NewCommand(
                "analytics",
                "Show spending by day and by model, over a lookback (default: Venice's) or a date range.",
                "venice billing analytics --lookback 7d",
                "venice billing analytics --start 2026-11-01 --end 2026-11-30 --json");
            var lookback = new Option<string>("--lookback") { Description = "Days back from today, like 7d or 30d.", HelpName = "days" };
            var start = new Option<string>("--start") { Description = "First day (yyyy-MM-dd); needs --end.", HelpName = "date" };
            var end = new Option<string>("--end") { Description = "Last day (yyyy-MM-dd); needs --start.", HelpName = "date" };
            command.Add(lookback);
            command.Add(start);
            command.Add(end);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string? days = parse.GetValue(lookback);
                string? startText = parse.GetValue(start);
                string? endText = parse.GetValue(end);
                Task<UsageAnalytics> call;
                if (days is not null)
                {
                    if (startText is not null || endText is not null)
                    {
                        throw new UsageException("--lookback excludes --start and --end.");
                    }

                    call = ArgumentChecks.Guard(() => client.Billing.GetUsageAnalyticsAsync(days.Trim(), ct));
                }
                else if (startText is not null || endText is not null)
                {
                    if (startText is null || endText is null)
                    {
                        throw new UsageException("--start and --end go together.");
                    }

                    DateOnly from = ParseDay(startText, "--start");
                    DateOnly to = ParseDay(endText, "--end");
                    call = ArgumentChecks.Guard(() => client.Billing.GetUsageAnalyticsAsync(from, to, ct));
                }
                else
                {
                    call = client.Billing.GetUsageAnalyticsAsync(ct);
                }

                UsageAnalytics analytics = await call.ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(analytics, BillingJsonContext.Default.UsageAnalytics);
                }
                else
                {
                    WriteAnalytics(context.Output, analytics);
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static void WriteAnalytics(TextWriter output, UsageAnalytics analytics)
        {
            output.WriteLine("Lookback: " + Formats.Text(analytics.Lookback));
            output.WriteLine();
            var days = new List<string[]>();
            foreach (UsageByDate day in analytics.ByDate ?? [])
            {
                days.Add([Formats.Text(day.Date), Formats.Amount(day.Usd), Formats.Amount(day.Diem)]);
            }

            if (days.Count == 0)
            {
                output.WriteLine("No usage by date.");
            }
            else
            {
                TableWriter.WriteTable(output, ["DATE", "USD", "DIEM"], days);
            }

            output.WriteLine();
            var models = new List<string[]>();
            foreach (UsageByModel model in analytics.ByModel ?? [])
            {
                models.Add([Formats.Text(model.ModelName), Formats.Text(model.ModelType), Formats.Amount(model.TotalUnits), Formats.Text(model.UnitType), Formats.Amount(model.TotalUsd), Formats.Amount(model.TotalDiem)]);
            }

            if (models.Count == 0)
            {
                output.WriteLine("No usage by model.");
            }
            else
            {
                TableWriter.WriteTable(output, ["MODEL", "TYPE", "UNITS", "UNIT", "USD", "DIEM"], models);
            }
        }

        private static DateOnly ParseDay(string text, string option) =>
            DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day)
                ? day
                : throw new UsageException($"{option} '{text}' is not a date like 2026-11-30.");

        private static DateTimeOffset? ParseMoment(string? text, string option, bool endOfDay)
        {
            if (text is null)
            {
                return null;
            }

            string trimmed = text.Trim();
            if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
            {
                var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return endOfDay ? midnight.AddDays(1).AddMilliseconds(-1) : midnight;
            }

            if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset moment))
            {
                return moment;
            }

            throw new UsageException($"{option} '{text}' is neither a date (2026-11-30) nor an ISO 8601 timestamp (2026-11-30T12:00:00Z).");
        }
    }

    /// <summary>Turns the library's argument checks (made before anything is sent) into usage errors, exit code 2.</summary>
    internal static class ArgumentChecks
    {
        /// <summary>Awaits <paramref name="call"/>, rethrowing an <see cref="ArgumentException"/> as a <see cref="UsageException"/>.</summary>
        /// <typeparam name="T">The result type.</typeparam>
        /// <param name="call">The library call.</param>
        /// <returns>Its result.</returns>
        public static async Task<T> Guard<T>(Func<Task<T>> call)
        {
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (ArgumentException ex)
            {
                throw ToUsage(ex);
            }
        }

        /// <summary>The usage error for a failed argument check, without the "(Parameter 'x')" suffix.</summary>
        /// <param name="ex">The failed check.</param>
        /// <returns>The usage error.</returns>
        public static UsageException ToUsage(ArgumentException ex)
        {
            string message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
            return new UsageException(message);
        }
    }
}
