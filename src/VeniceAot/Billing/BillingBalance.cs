using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Billing
{
    /// <summary>The answer of <c>GET /billing/balance</c>: what the account can spend.</summary>
    public sealed class BillingBalance
    {
        /// <summary>Whether the balance is enough to make API requests.</summary>
        [JsonPropertyName("canConsume")]
        public bool CanConsume { get; set; }

        /// <summary>The currency requests are charged in (DIEM or USD); null when none applies.</summary>
        [JsonPropertyName("consumptionCurrency")]
        public BillingCurrency? ConsumptionCurrency { get; set; }

        /// <summary>The remaining balances.</summary>
        [JsonPropertyName("balances")]
        public BillingBalances? Balances { get; set; }

        /// <summary>Total DIEM allocated for the current epoch (from staking); with <see cref="BillingBalances.Diem"/> gives the share used.</summary>
        [JsonPropertyName("diemEpochAllocation")]
        public decimal? DiemEpochAllocation { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Remaining balances; null where the account has none.</summary>
    public sealed class BillingBalances
    {
        /// <summary>Remaining DIEM for the current epoch; null if not staking.</summary>
        [JsonPropertyName("diem")]
        public decimal? Diem { get; set; }

        /// <summary>Remaining USD; null if not available.</summary>
        [JsonPropertyName("usd")]
        public decimal? Usd { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
