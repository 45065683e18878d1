using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using VeniceAot.ApiKeys;

namespace VeniceAot.Cli
{
    /// <summary>Plain-text output of the <c>keys</c> commands.</summary>
    public static class KeysOutput
    {
        /// <summary>The label before a newly created key's secret.</summary>
        public const string SecretLabel = "API key (shown once, store it now): ";

        /// <summary>A table of keys: id, type, description, last 6, created, expires.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="list">The keys.</param>
        public static void WriteList(TextWriter output, ApiKeyList list)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(list);
            if (list.Data.Count == 0)
            {
                output.WriteLine("No API keys.");
                return;
            }

            var rows = new List<string[]>(list.Data.Count);
            foreach (ApiKey key in list.Data)
            {
                rows.Add([key.Id, key.ApiKeyType.ToString(), Formats.Text(key.Description), Formats.Text(key.Last6Chars), Formats.Time(key.CreatedAt), Formats.Time(key.ExpiresAt, "never")]);
            }

            TableWriter.WriteTable(output, ["ID", "TYPE", "DESCRIPTION", "LAST6", "CREATED (UTC)", "EXPIRES (UTC)"], rows);
        }

        /// <summary>One key's details.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="key">The key.</param>
        public static void WriteKey(TextWriter output, ApiKey key)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(key);
            var details = new List<KeyValuePair<string, string>>
            {
                new("ID", key.Id),
                new("Type", key.ApiKeyType.ToString()),
                new("Description", Formats.Text(key.Description)),
                new("Last 6", Formats.Text(key.Last6Chars)),
                new("Created (UTC)", Formats.Time(key.CreatedAt)),
                new("Expires (UTC)", Formats.Time(key.ExpiresAt, "never")),
                new("Last used (UTC)", Formats.Time(key.LastUsedAt, "never")),
                new("Limit period", Formats.Text(key.LimitPeriod?.Value)),
                new("Model privacy", Formats.Text(key.ModelPrivacy?.Value)),
                new("Limit USD", Formats.Amount(key.ConsumptionLimits?.Usd)),
                new("Limit DIEM", Formats.Amount(key.ConsumptionLimits?.Diem)),
                new("Used this period USD", Formats.Amount(key.CurrentPeriodUsage?.Usd)),
                new("Used this period DIEM", Formats.Amount(key.CurrentPeriodUsage?.Diem)),
                new("Used last 7 days USD", Formats.Amount(key.Usage?.TrailingSevenDays?.Usd)),
                new("Used last 7 days DIEM", Formats.Amount(key.Usage?.TrailingSevenDays?.Diem)),
            };
            TableWriter.WriteDetails(output, details);
        }

        /// <summary>A created key: its details, then its secret, clearly labelled.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="key">The created key.</param>
        public static void WriteCreated(TextWriter output, CreatedApiKey key)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(key);
            TableWriter.WriteDetails(output,
            [
                new("ID", key.Id),
                new("Type", key.ApiKeyType.ToString()),
                new("Description", Formats.Text(key.Description)),
                new("Expires (UTC)", Formats.Time(key.ExpiresAt, "never")),
                new("Limit period", Formats.Text(key.LimitPeriod?.Value)),
                new("Model privacy", Formats.Text(key.ModelPrivacy?.Value)),
                new("Limit USD", Formats.Amount(key.ConsumptionLimit?.Usd)),
                new("Limit DIEM", Formats.Amount(key.ConsumptionLimit?.Diem)),
            ]);
            output.WriteLine();
            output.WriteLine(SecretLabel + key.ApiKey);
        }

        /// <summary>The calling key's access, tier, balances, then a table of limits per model (one column per limit type).</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="status">The status.</param>
        public static void WriteRateLimits(TextWriter output, RateLimitStatus status)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(status);
            TableWriter.WriteDetails(output,
            [
                new("Access permitted", status.AccessPermitted ? "yes" : "no"),
                new("API tier", status.ApiTier is null ? Formats.None : status.ApiTier.Id + (status.ApiTier.IsCharged ? " (charged)" : " (not charged)")),
                new("Balance USD", Formats.Amount(status.Balances?.Usd)),
                new("Balance DIEM", Formats.Amount(status.Balances?.Diem)),
                new("Key expires (UTC)", Formats.Time(status.KeyExpiration, "never")),
                new("Next epoch (UTC)", Formats.Time(status.NextEpochBegins)),
            ]);
            if (status.RateLimits.Count == 0)
            {
                return;
            }

            var types = new List<string>();
            foreach (ModelRateLimits model in status.RateLimits)
            {
                foreach (RateLimit limit in model.RateLimits)
                {
                    if (!types.Contains(limit.Type.ToString()))
                    {
                        types.Add(limit.Type.ToString());
                    }
                }
            }

            var rows = new List<string[]>(status.RateLimits.Count);
            foreach (ModelRateLimits model in status.RateLimits)
            {
                var row = new string[types.Count + 1];
                row[0] = Formats.Text(model.ApiModelId);
                for (int i = 0; i < types.Count; i++)
                {
                    row[i + 1] = Formats.None;
                    foreach (RateLimit limit in model.RateLimits)
                    {
                        if (limit.Type.ToString() == types[i])
                        {
                            row[i + 1] = limit.Amount.ToString("0.############", CultureInfo.InvariantCulture);
                        }
                    }
                }

                rows.Add(row);
            }

            var headers = new List<string> { "MODEL" };
            headers.AddRange(types);
            output.WriteLine();
            TableWriter.WriteTable(output, headers, rows);
        }

        /// <summary>A table of rate-limit hits: time, key, model, limit type, tier.</summary>
        /// <param name="output">Where to write.</param>
        /// <param name="log">The log.</param>
        public static void WriteRateLimitLog(TextWriter output, RateLimitLogResponse log)
        {
            ArgumentNullException.ThrowIfNull(output);
            ArgumentNullException.ThrowIfNull(log);
            if (log.Data.Count == 0)
            {
                output.WriteLine("No rate-limit hits.");
                return;
            }

            var rows = new List<string[]>(log.Data.Count);
            foreach (RateLimitLogEntry entry in log.Data)
            {
                rows.Add([Formats.Time(entry.Timestamp), entry.ApiKeyId, entry.ModelId, entry.RateLimitType.ToString(), Formats.Text(entry.RateLimitTier)]);
            }

            TableWriter.WriteTable(output, ["TIME (UTC)", "KEY ID", "MODEL", "LIMIT", "TIER"], rows);
        }
    }
}
