using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using VeniceAot.ApiKeys;

namespace VeniceAot.Cli
{
    /// <summary>The options <c>keys create</c> and <c>keys update</c> share, and what they read from a parse.</summary>
    public sealed class KeySettingsOptions
    {
        private static readonly string[] TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.fff'Z'"];

        /// <summary>Creates the options; for <c>create</c> the type and description are required.</summary>
        /// <param name="forCreate">True for <c>keys create</c>.</param>
        public KeySettingsOptions(bool forCreate)
        {
            Type = new Option<string>("--type")
            {
                Description = "The key type: INFERENCE (inference endpoints only) or ADMIN (everything).",
                Required = forCreate,
            };
            Type.AcceptOnlyFromAmong(ApiKeyType.Inference.Value, ApiKeyType.Admin.Value);
            Description = new Option<string>("--description")
            {
                Description = "A description to recognise the key by (at most 64 characters).",
                Required = forCreate,
                HelpName = "text",
            };
            Usd = AmountOption("--usd", "USD spending limit per limit period.");
            Diem = AmountOption("--diem", "DIEM spending limit per limit period.");
            Expires = new Option<string>("--expires")
            {
                Description = "Expiry: yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ (UTC); 'never' for no expiry.",
                HelpName = "date",
            };
            Expires.Validators.Add(ValidateExpiry);
            LimitPeriod = new Option<string>("--limit-period")
            {
                Description = "When the spending limits reset: EPOCH (daily), MONTH or LIFETIME (never).",
            };
            LimitPeriod.AcceptOnlyFromAmong(ApiKeys.LimitPeriod.Epoch.Value, ApiKeys.LimitPeriod.Month.Value, ApiKeys.LimitPeriod.Lifetime.Value);
            Privacy = new Option<string>("--privacy")
            {
                Description = "Which models the key may call: ALL, PRIVATE_TEXT or PRIVATE_ONLY.",
            };
            Privacy.AcceptOnlyFromAmong(ModelPrivacy.All.Value, ModelPrivacy.PrivateText.Value, ModelPrivacy.PrivateOnly.Value);
        }

        /// <summary><c>--type</c>.</summary>
        public Option<string> Type { get; }

        /// <summary><c>--description</c>.</summary>
        public Option<string> Description { get; }

        /// <summary><c>--usd</c>.</summary>
        public Option<decimal?> Usd { get; }

        /// <summary><c>--diem</c>.</summary>
        public Option<decimal?> Diem { get; }

        /// <summary><c>--expires</c>.</summary>
        public Option<string> Expires { get; }

        /// <summary><c>--limit-period</c>.</summary>
        public Option<string> LimitPeriod { get; }

        /// <summary><c>--privacy</c>.</summary>
        public Option<string> Privacy { get; }

        /// <summary>Adds the options to a command (<c>--type</c> only when <paramref name="includeType"/>).</summary>
        /// <param name="command">The command.</param>
        /// <param name="includeType">Whether the command takes <c>--type</c> (a key's type cannot be changed).</param>
        public void AddTo(Command command, bool includeType)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (includeType)
            {
                command.Add(Type);
            }

            command.Add(Description);
            command.Add(Usd);
            command.Add(Diem);
            command.Add(Expires);
            command.Add(LimitPeriod);
            command.Add(Privacy);
        }

        /// <summary>The limits given, or null when neither <c>--usd</c> nor <c>--diem</c> was.</summary>
        /// <param name="parse">The parse.</param>
        /// <returns>The limits to send.</returns>
        public ConsumptionLimits? ReadLimits(ParseResult parse)
        {
            ArgumentNullException.ThrowIfNull(parse);
            decimal? usd = parse.GetValue(Usd);
            decimal? diem = parse.GetValue(Diem);
            return usd is null && diem is null ? null : new ConsumptionLimits { Usd = usd, Diem = diem };
        }

        /// <summary>The expiry to send: as typed, <c>""</c> for never, null when not given.</summary>
        /// <param name="parse">The parse.</param>
        /// <returns>The wire value.</returns>
        public string? ReadExpiry(ParseResult parse)
        {
            ArgumentNullException.ThrowIfNull(parse);
            string? value = parse.GetValue(Expires);
            return value is null ? null : IsNever(value) ? string.Empty : value.Trim();
        }

        /// <summary>The limit period given, if any.</summary>
        /// <param name="parse">The parse.</param>
        /// <returns>The period.</returns>
        public LimitPeriod? ReadLimitPeriod(ParseResult parse) =>
            parse?.GetValue(LimitPeriod) is { } value ? ApiKeys.LimitPeriod.FromValue(value) : null;

        /// <summary>The privacy tier given, if any.</summary>
        /// <param name="parse">The parse.</param>
        /// <returns>The tier.</returns>
        public ModelPrivacy? ReadModelPrivacy(ParseResult parse) =>
            parse?.GetValue(Privacy) is { } value ? ModelPrivacy.FromValue(value) : null;

        private static Option<decimal?> AmountOption(string name, string description) =>
            new(name)
            {
                Description = description,
                HelpName = "amount",
                CustomParser = result =>
                {
                    string token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                    if (!decimal.TryParse(token, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal amount))
                    {
                        result.AddError($"{name} '{token}' is not a number.");
                        return null;
                    }

                    if (amount < 0)
                    {
                        result.AddError($"{name} '{token}' must not be negative.");
                        return null;
                    }

                    return amount;
                },
            };

        private static bool IsNever(string value) =>
            value.Length == 0 || string.Equals(value.Trim(), "never", StringComparison.OrdinalIgnoreCase);

        private static void ValidateExpiry(OptionResult result)
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is null || IsNever(value))
            {
                return;
            }

            string text = value.Trim();
            bool valid = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                || DateTime.TryParseExact(text, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _);
            if (!valid)
            {
                result.AddError($"--expires '{value}' is not a date: use yyyy-MM-dd, yyyy-MM-ddTHH:mm:ssZ or 'never'.");
            }
        }
    }
}
