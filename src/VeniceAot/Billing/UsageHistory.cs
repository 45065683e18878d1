using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Billing
{
    /// <summary>One page of <c>GET /billing/usage-history</c> in JSON: ledger entries in ascending time order.</summary>
    public sealed class UsageHistoryPage
    {
        /// <summary>The entries of this page.</summary>
        [JsonPropertyName("data")]
        public List<UsageHistoryEntry> Data { get; set; } = [];

        /// <summary>The cursor of the next page; null on the last page.</summary>
        [JsonPropertyName("nextCursor")]
        public string? NextCursor { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One billing ledger entry.</summary>
    public sealed class UsageHistoryEntry
    {
        /// <summary>The amount charged (negative for a charge).</summary>
        [JsonPropertyName("amount")]
        public decimal Amount { get; set; }

        /// <summary>The currency charged.</summary>
        [JsonPropertyName("currency")]
        public BillingCurrency Currency { get; set; }

        /// <summary>The inference request behind the entry, when there was one.</summary>
        [JsonPropertyName("inferenceDetails")]
        public UsageInferenceDetails? InferenceDetails { get; set; }

        /// <summary>Notes, e.g. <c>API Inference</c>.</summary>
        [JsonPropertyName("notes")]
        public string? Notes { get; set; }

        /// <summary>The price per unit in USD.</summary>
        [JsonPropertyName("pricePerUnitUsd")]
        public decimal PricePerUnitUsd { get; set; }

        /// <summary>The product charged.</summary>
        [JsonPropertyName("sku")]
        public string? Sku { get; set; }

        /// <summary>When the entry was recorded.</summary>
        [JsonPropertyName("timestamp")]
        public DateTimeOffset Timestamp { get; set; }

        /// <summary>The units consumed.</summary>
        [JsonPropertyName("units")]
        public decimal Units { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The inference request a ledger entry came from.</summary>
    public sealed class UsageInferenceDetails
    {
        /// <summary>Completion tokens; null for non-LLM usage or when not recorded.</summary>
        [JsonPropertyName("completionTokens")]
        public long? CompletionTokens { get; set; }

        /// <summary>Inference time in milliseconds; null when not recorded.</summary>
        [JsonPropertyName("inferenceExecutionTime")]
        public long? InferenceExecutionTime { get; set; }

        /// <summary>Prompt tokens; null for non-LLM usage or when not recorded.</summary>
        [JsonPropertyName("promptTokens")]
        public long? PromptTokens { get; set; }

        /// <summary>The inference request's id.</summary>
        [JsonPropertyName("requestId")]
        public string? RequestId { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>
    /// The filters of the first <c>GET /billing/usage-history</c> request of a walk. Continuation requests send only the
    /// cursor (the filters travel inside it), so these are never sent again.
    /// </summary>
    public sealed record UsageHistoryQuery
    {
        /// <summary>Only entries in this currency.</summary>
        public BillingCurrency? Currency { get; init; }

        /// <summary>Inclusive lower bound on entry timestamps; sent in UTC with a <c>Z</c> suffix.</summary>
        public DateTimeOffset? StartTimestamp { get; init; }

        /// <summary>Exclusive upper bound on entry timestamps; sent in UTC with a <c>Z</c> suffix.</summary>
        public DateTimeOffset? EndTimestamp { get; init; }

        /// <summary>Entries per page, 10 to 1000 (server default 1000).</summary>
        public int? PageSize { get; init; }
    }
}
