using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.X402
{
    /// <summary>The answer of <c>GET /x402/balance/{walletAddress}</c>.</summary>
    public sealed class X402BalanceResponse
    {
        /// <summary>Always true.</summary>
        [JsonPropertyName("success")]
        public bool Success { get; set; }

        /// <summary>The balance.</summary>
        [JsonPropertyName("data")]
        public X402Balance Data { get; set; } = new();

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A wallet's x402 credit balance.</summary>
    public sealed class X402Balance
    {
        /// <summary>The normalized wallet address.</summary>
        [JsonPropertyName("walletAddress")]
        public string? WalletAddress { get; set; }

        /// <summary>The credit balance in USD.</summary>
        [JsonPropertyName("balanceUsd")]
        public decimal BalanceUsd { get; set; }

        /// <summary>Whether the wallet can call paid endpoints now.</summary>
        [JsonPropertyName("canConsume")]
        public bool CanConsume { get; set; }

        /// <summary>The smallest top-up in USD.</summary>
        [JsonPropertyName("minimumTopUpUsd")]
        public decimal? MinimumTopUpUsd { get; set; }

        /// <summary>A suggested top-up in USD.</summary>
        [JsonPropertyName("suggestedTopUpUsd")]
        public decimal? SuggestedTopUpUsd { get; set; }

        /// <summary>DIEM balance of a linked Venice user, in USD, when there is one.</summary>
        [JsonPropertyName("diemBalanceUsd")]
        public decimal? DiemBalanceUsd { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The answer of <c>GET /x402/transactions/{walletAddress}</c>.</summary>
    public sealed class X402TransactionsResponse
    {
        /// <summary>Always true.</summary>
        [JsonPropertyName("success")]
        public bool Success { get; set; }

        /// <summary>The page.</summary>
        [JsonPropertyName("data")]
        public X402TransactionPage Data { get; set; } = new();

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One page of a wallet's ledger.</summary>
    public sealed class X402TransactionPage
    {
        /// <summary>The normalized wallet address.</summary>
        [JsonPropertyName("walletAddress")]
        public string? WalletAddress { get; set; }

        /// <summary>The current balance in USD.</summary>
        [JsonPropertyName("currentBalance")]
        public decimal CurrentBalance { get; set; }

        /// <summary>The entries of this page.</summary>
        [JsonPropertyName("transactions")]
        public List<X402Transaction> Transactions { get; set; } = [];

        /// <summary>Where this page sits.</summary>
        [JsonPropertyName("pagination")]
        public X402Pagination? Pagination { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One x402 ledger entry.</summary>
    public sealed class X402Transaction
    {
        /// <summary>The entry's id.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The signed USD amount.</summary>
        [JsonPropertyName("amount")]
        public decimal Amount { get; set; }

        /// <summary>The balance after the entry, in USD.</summary>
        [JsonPropertyName("balanceAfter")]
        public decimal BalanceAfter { get; set; }

        /// <summary>The kind: <c>TOP_UP</c>, <c>CHARGE</c>, <c>REFUND</c>, ….</summary>
        [JsonPropertyName("type")]
        public X402TransactionType Type { get; set; }

        /// <summary>When the entry was created.</summary>
        [JsonPropertyName("createdAt")]
        public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>The request that caused a usage entry.</summary>
        [JsonPropertyName("requestId")]
        public string? RequestId { get; set; }

        /// <summary>The model of a usage entry.</summary>
        [JsonPropertyName("modelId")]
        public string? ModelId { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Paging of the x402 ledger.</summary>
    public sealed class X402Pagination
    {
        /// <summary>The page size used.</summary>
        [JsonPropertyName("limit")]
        public int Limit { get; set; }

        /// <summary>The entries skipped.</summary>
        [JsonPropertyName("offset")]
        public int Offset { get; set; }

        /// <summary>Whether more entries follow.</summary>
        [JsonPropertyName("hasMore")]
        public bool HasMore { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The answer of a successful <c>POST /x402/top-up</c>.</summary>
    public sealed class X402TopUpResponse
    {
        /// <summary>Always true.</summary>
        [JsonPropertyName("success")]
        public bool Success { get; set; }

        /// <summary>What was credited.</summary>
        [JsonPropertyName("data")]
        public X402TopUp Data { get; set; } = new();

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A credited top-up.</summary>
    public sealed class X402TopUp
    {
        /// <summary>The credited wallet.</summary>
        [JsonPropertyName("walletAddress")]
        public string? WalletAddress { get; set; }

        /// <summary>USD credited.</summary>
        [JsonPropertyName("amountCredited")]
        public decimal AmountCredited { get; set; }

        /// <summary>The balance afterwards, in USD.</summary>
        [JsonPropertyName("newBalance")]
        public decimal NewBalance { get; set; }

        /// <summary>The payment's id.</summary>
        [JsonPropertyName("paymentId")]
        public string? PaymentId { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
