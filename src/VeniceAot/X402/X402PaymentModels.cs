using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.X402
{
    /// <summary>
    /// x402 discovery: what a payment must look like. It is the 402 body of <c>POST /x402/top-up</c> without a payment,
    /// the first 402 body shape of the paid endpoints (a call without key or wallet), and the content of the
    /// base64 <c>PAYMENT-REQUIRED</c> header. Choose one of <see cref="Accepts"/>, sign it, send it as <c>PAYMENT-SIGNATURE</c>.
    /// </summary>
    public sealed class X402Discovery
    {
        /// <summary>The x402 protocol version (2).</summary>
        [JsonPropertyName("x402Version")]
        public int? X402Version { get; set; }

        /// <summary>A human-readable message, e.g. <c>Payment required</c>.</summary>
        [JsonPropertyName("error")]
        public string? Error { get; set; }

        /// <summary>The protected resource.</summary>
        [JsonPropertyName("resource")]
        public X402Resource? Resource { get; set; }

        /// <summary>The payment options: sign exactly one.</summary>
        [JsonPropertyName("accepts")]
        public List<X402PaymentRequirement>? Accepts { get; set; }

        /// <summary>Protocol extensions (inference 402s carry <c>sign-in-with-x</c> with a SIWX challenge), as JSON.</summary>
        [JsonPropertyName("extensions")]
        public Dictionary<string, JsonElement>? Extensions { get; set; }

        /// <summary>How to authenticate instead: an API key or an x402 wallet.</summary>
        [JsonPropertyName("authOptions")]
        public X402AuthOptions? AuthOptions { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The resource a payment is for.</summary>
    public sealed class X402Resource
    {
        /// <summary>The resource URL.</summary>
        [JsonPropertyName("url")]
        public string? Url { get; set; }

        /// <summary>A description.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>The resource's MIME type.</summary>
        [JsonPropertyName("mimeType")]
        public string? MimeType { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One accepted way to pay (an entry of <c>accepts</c>).</summary>
    public sealed class X402PaymentRequirement
    {
        /// <summary>The scheme, <c>exact</c>.</summary>
        [JsonPropertyName("scheme")]
        public X402PaymentScheme Scheme { get; set; }

        /// <summary>The network, e.g. <c>eip155:8453</c> (Base) or a Solana CAIP-2 id.</summary>
        [JsonPropertyName("network")]
        public string? Network { get; set; }

        /// <summary>The USDC token address or mint on that network.</summary>
        [JsonPropertyName("asset")]
        public string? Asset { get; set; }

        /// <summary>The amount in base units (USDC has 6 decimals), as sent: <c>"5000000"</c> is 5 USDC.</summary>
        [JsonPropertyName("amount")]
        public string? Amount { get; set; }

        /// <summary>The receiving wallet.</summary>
        [JsonPropertyName("payTo")]
        public string? PayTo { get; set; }

        /// <summary>The longest time settlement may take, in seconds.</summary>
        [JsonPropertyName("maxTimeoutSeconds")]
        public int? MaxTimeoutSeconds { get; set; }

        /// <summary>Network-specific metadata (Solana carries a <c>feePayer</c>).</summary>
        [JsonPropertyName("extra")]
        public Dictionary<string, JsonElement>? Extra { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The authentication alternatives a discovery answer lists.</summary>
    public sealed class X402AuthOptions
    {
        /// <summary>API key authentication.</summary>
        [JsonPropertyName("apiKey")]
        public X402ApiKeyOption? ApiKey { get; set; }

        /// <summary>x402 wallet authentication.</summary>
        [JsonPropertyName("x402Wallet")]
        public X402WalletOption? X402Wallet { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>How to authenticate with an API key.</summary>
    public sealed class X402ApiKeyOption
    {
        /// <summary>The header format.</summary>
        [JsonPropertyName("header")]
        public string? Header { get; set; }

        /// <summary>Where to get a key.</summary>
        [JsonPropertyName("getKey")]
        public string? GetKey { get; set; }

        /// <summary>Documentation URL.</summary>
        [JsonPropertyName("docs")]
        public string? Docs { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>How to authenticate with an x402 wallet.</summary>
    public sealed class X402WalletOption
    {
        /// <summary>The header, <c>SIGN-IN-WITH-X</c>.</summary>
        [JsonPropertyName("header")]
        public string? Header { get; set; }

        /// <summary>The legacy header, <c>X-Sign-In-With-X</c>.</summary>
        [JsonPropertyName("legacyHeader")]
        public string? LegacyHeader { get; set; }

        /// <summary>The top-up endpoint.</summary>
        [JsonPropertyName("topUp")]
        public string? TopUp { get; set; }

        /// <summary>Documentation URL.</summary>
        [JsonPropertyName("docs")]
        public string? Docs { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>
    /// The second 402 body shape of the paid endpoints: a wallet-authenticated request whose x402 balance is too low
    /// (<c>code: PAYMENT_REQUIRED</c>, <c>reason: insufficient_balance</c>), with top-up instructions.
    /// </summary>
    public sealed class X402InsufficientBalance
    {
        /// <summary><c>Payment required</c>.</summary>
        [JsonPropertyName("error")]
        public string? Error { get; set; }

        /// <summary><c>PAYMENT_REQUIRED</c>.</summary>
        [JsonPropertyName("code")]
        public string? Code { get; set; }

        /// <summary><c>insufficient_balance</c>.</summary>
        [JsonPropertyName("reason")]
        public string? Reason { get; set; }

        /// <summary>Context, e.g. <c>Insufficient x402 balance</c>.</summary>
        [JsonPropertyName("message")]
        public string? Message { get; set; }

        /// <summary>The wallet's current x402 balance in USD.</summary>
        [JsonPropertyName("currentBalanceUsd")]
        public decimal? CurrentBalanceUsd { get; set; }

        /// <summary>The balance needed before the request can run, in USD.</summary>
        [JsonPropertyName("minimumBalanceUsd")]
        public decimal? MinimumBalanceUsd { get; set; }

        /// <summary>The protected resource's description.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>A suggested top-up in USD.</summary>
        [JsonPropertyName("suggestedTopUpUsd")]
        public decimal? SuggestedTopUpUsd { get; set; }

        /// <summary>The smallest top-up allowed in USD.</summary>
        [JsonPropertyName("minimumTopUpUsd")]
        public decimal? MinimumTopUpUsd { get; set; }

        /// <summary>Token symbols accepted, e.g. <c>USDC</c>.</summary>
        [JsonPropertyName("supportedTokens")]
        public List<string>? SupportedTokens { get; set; }

        /// <summary>Top-up rails, e.g. <c>base</c>, <c>solana</c>.</summary>
        [JsonPropertyName("supportedChains")]
        public List<string>? SupportedChains { get; set; }

        /// <summary>The three steps of a top-up.</summary>
        [JsonPropertyName("topUpInstructions")]
        public X402TopUpInstructions? TopUpInstructions { get; set; }

        /// <summary>A Sign-In-With-X challenge for wallet authentication.</summary>
        [JsonPropertyName("siwxChallenge")]
        public X402SiwxChallenge? SiwxChallenge { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>How to top up, step by step (legacy Base fields included).</summary>
    public sealed class X402TopUpInstructions
    {
        /// <summary>Get the payment requirements.</summary>
        [JsonPropertyName("step1")]
        public string? Step1 { get; set; }

        /// <summary>Sign the payment.</summary>
        [JsonPropertyName("step2")]
        public string? Step2 { get; set; }

        /// <summary>Submit the payment.</summary>
        [JsonPropertyName("step3")]
        public string? Step3 { get; set; }

        /// <summary>Legacy Base receiver wallet; prefer the <c>payTo</c> of an accepts entry.</summary>
        [JsonPropertyName("receiverWallet")]
        public string? ReceiverWallet { get; set; }

        /// <summary>Legacy Base USDC address; prefer the <c>asset</c> of an accepts entry.</summary>
        [JsonPropertyName("tokenAddress")]
        public string? TokenAddress { get; set; }

        /// <summary>Token decimals (6).</summary>
        [JsonPropertyName("tokenDecimals")]
        public int? TokenDecimals { get; set; }

        /// <summary>Legacy Base network id.</summary>
        [JsonPropertyName("network")]
        public string? Network { get; set; }

        /// <summary>The smallest top-up in USD.</summary>
        [JsonPropertyName("minimumAmountUsd")]
        public decimal? MinimumAmountUsd { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A Sign-In-With-X challenge: the message fields to sign and the chains accepted.</summary>
    public sealed class X402SiwxChallenge
    {
        /// <summary>The message fields.</summary>
        [JsonPropertyName("info")]
        public X402SiwxInfo? Info { get; set; }

        /// <summary>Accepted chains and signature types.</summary>
        [JsonPropertyName("supportedChains")]
        public List<X402SiwxChain>? SupportedChains { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The fields of a SIWX message.</summary>
    public sealed class X402SiwxInfo
    {
        /// <summary>The domain, e.g. <c>api.venice.ai</c>.</summary>
        [JsonPropertyName("domain")]
        public string? Domain { get; set; }

        /// <summary>The resource URI.</summary>
        [JsonPropertyName("uri")]
        public string? Uri { get; set; }

        /// <summary>The SIWX version, <c>1</c>.</summary>
        [JsonPropertyName("version")]
        public string? Version { get; set; }

        /// <summary>The replay-protection nonce.</summary>
        [JsonPropertyName("nonce")]
        public string? Nonce { get; set; }

        /// <summary>When the challenge was issued (ISO 8601, as sent).</summary>
        [JsonPropertyName("issuedAt")]
        public string? IssuedAt { get; set; }

        /// <summary>When the challenge expires (ISO 8601, as sent).</summary>
        [JsonPropertyName("expirationTime")]
        public string? ExpirationTime { get; set; }

        /// <summary>The statement to sign.</summary>
        [JsonPropertyName("statement")]
        public string? Statement { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A chain a SIWX challenge accepts.</summary>
    public sealed class X402SiwxChain
    {
        /// <summary>The chain id, e.g. <c>eip155:8453</c>.</summary>
        [JsonPropertyName("chainId")]
        public string? ChainId { get; set; }

        /// <summary>The signature type.</summary>
        [JsonPropertyName("type")]
        public X402SignatureType Type { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The decoded <c>PAYMENT-RESPONSE</c> header of a successful top-up: the settlement result.</summary>
    public sealed class X402SettlementResponse
    {
        /// <summary>Whether settlement succeeded.</summary>
        [JsonPropertyName("success")]
        public bool? Success { get; set; }

        /// <summary>The network it settled on.</summary>
        [JsonPropertyName("network")]
        public string? Network { get; set; }

        /// <summary>The paying wallet.</summary>
        [JsonPropertyName("payer")]
        public string? Payer { get; set; }

        /// <summary>The on-chain transaction.</summary>
        [JsonPropertyName("transaction")]
        public string? Transaction { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The 400/500 body of <c>POST /x402/top-up</c>: a machine code, a message and optional details.</summary>
    public sealed class X402ErrorBody
    {
        /// <summary>The machine-readable code, e.g. <c>X402_INVALID_PAYMENT</c>.</summary>
        [JsonPropertyName("error")]
        public string? Error { get; set; }

        /// <summary>A human-readable description.</summary>
        [JsonPropertyName("message")]
        public string? Message { get; set; }

        /// <summary>Structured details, e.g. <c>{"reason":"signature_mismatch"}</c>.</summary>
        [JsonPropertyName("details")]
        public X402ErrorDetails? Details { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The details of an x402 error.</summary>
    public sealed class X402ErrorDetails
    {
        /// <summary>Why, e.g. <c>signature_mismatch</c>.</summary>
        [JsonPropertyName("reason")]
        public string? Reason { get; set; }

        /// <summary>Any other detail fields.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
