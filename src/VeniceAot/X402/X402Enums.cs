using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.X402
{
    /// <summary>An x402 payment scheme.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<X402PaymentScheme>))]
    public readonly record struct X402PaymentScheme(string Value) : IOpenEnum<X402PaymentScheme>
    {
        /// <summary><c>exact</c>: pay exactly the stated amount.</summary>
        public static X402PaymentScheme Exact => new("exact");

        /// <inheritdoc/>
        public static X402PaymentScheme FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The kind of an x402 wallet ledger entry.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<X402TransactionType>))]
    public readonly record struct X402TransactionType(string Value) : IOpenEnum<X402TransactionType>
    {
        /// <summary><c>TOP_UP</c>.</summary>
        public static X402TransactionType TopUp => new("TOP_UP");

        /// <summary><c>CHARGE</c>.</summary>
        public static X402TransactionType Charge => new("CHARGE");

        /// <summary><c>REFUND</c>.</summary>
        public static X402TransactionType Refund => new("REFUND");

        /// <inheritdoc/>
        public static X402TransactionType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>A signature type a Sign-In-With-X challenge accepts.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<X402SignatureType>))]
    public readonly record struct X402SignatureType(string Value) : IOpenEnum<X402SignatureType>
    {
        /// <summary><c>eip191</c> (EVM personal_sign).</summary>
        public static X402SignatureType Eip191 => new("eip191");

        /// <summary><c>eip1271</c> (EVM smart-contract wallets).</summary>
        public static X402SignatureType Eip1271 => new("eip1271");

        /// <summary><c>ed25519</c> (Solana).</summary>
        public static X402SignatureType Ed25519 => new("ed25519");

        /// <inheritdoc/>
        public static X402SignatureType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
