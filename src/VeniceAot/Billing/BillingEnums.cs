using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Billing
{
    /// <summary>The currency an account consumes or a usage entry was charged in.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<BillingCurrency>))]
    public readonly record struct BillingCurrency(string Value) : IOpenEnum<BillingCurrency>
    {
        /// <summary><c>USD</c>.</summary>
        public static BillingCurrency Usd => new("USD");

        /// <summary><c>DIEM</c>.</summary>
        public static BillingCurrency Diem => new("DIEM");

        /// <summary><c>VCU</c> (legacy; only reported as the consumption currency).</summary>
        public static BillingCurrency Vcu => new("VCU");

        /// <summary><c>BUNDLED_CREDITS</c>.</summary>
        public static BillingCurrency BundledCredits => new("BUNDLED_CREDITS");

        /// <inheritdoc/>
        public static BillingCurrency FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
