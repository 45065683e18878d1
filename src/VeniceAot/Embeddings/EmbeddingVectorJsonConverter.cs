using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Embeddings
{
    /// <summary>
    /// Reads an embedding vector sent either as a JSON number array or as a base64 string of little-endian float32
    /// values (<c>encoding_format: "base64"</c>), into <see cref="ReadOnlyMemory{T}"/> of <see cref="float"/>. AOT-safe:
    /// no reflection and no serializer calls.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Base64 is decoded straight from the reader's UTF-8 bytes into the float buffer, without an intermediate string;
    /// only an escaped value (<c>\/</c>, <c>\u002B</c>) or one split across buffers is first unescaped into a pooled buffer.
    /// </para>
    /// <para>
    /// Writing always produces a number array, whatever encoding was read: the vector does not remember its wire
    /// encoding, and the array is the API's default and what the spec declares. Each value is written in the shortest
    /// form that reads back to the identical float32, so write-then-read is exact; text that carried more digits than
    /// float32 holds is not reproduced character for character. JSON null reads as an empty vector.
    /// </para>
    /// </remarks>
    public sealed class EmbeddingVectorJsonConverter : JsonConverter<ReadOnlyMemory<float>>
    {
        private const int InitialCapacity = 1024;

        /// <inheritdoc/>
        public override bool HandleNull => true;

        /// <inheritdoc/>
        public override ReadOnlyMemory<float> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.Null => ReadOnlyMemory<float>.Empty,
                JsonTokenType.String => ReadBase64(ref reader),
                JsonTokenType.StartArray => ReadArray(ref reader),
                _ => throw new JsonException($"An embedding must be a number array or a base64 string, found {reader.TokenType}."),
            };

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, ReadOnlyMemory<float> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (float item in value.Span)
            {
                writer.WriteNumberValue(item);
            }

            writer.WriteEndArray();
        }

        private static ReadOnlyMemory<float> ReadBase64(ref Utf8JsonReader reader)
        {
            if (!reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                return Decode(reader.ValueSpan);
            }

            int maxLength = checked((int)(reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length));
            byte[] rented = ArrayPool<byte>.Shared.Rent(maxLength);
            try
            {
                int length = reader.CopyString(rented);
                return Decode(rented.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        private static ReadOnlyMemory<float> Decode(ReadOnlySpan<byte> base64)
        {
            int maxBytes = Base64.GetMaxDecodedFromUtf8Length(base64.Length);
            var values = new float[(maxBytes + sizeof(float) - 1) / sizeof(float)];
            Span<byte> bytes = MemoryMarshal.AsBytes(values.AsSpan());
            OperationStatus status = Base64.DecodeFromUtf8(base64, bytes, out _, out int written);
            if (status != OperationStatus.Done)
            {
                throw new JsonException($"An embedding's base64 string is invalid ({status}).");
            }

            if (written % sizeof(float) != 0)
            {
                throw new JsonException($"An embedding's base64 string decodes to {written} bytes, not a whole number of float32 values.");
            }

            int count = written / sizeof(float);
            if (!BitConverter.IsLittleEndian)
            {
                Span<int> raw = MemoryMarshal.Cast<float, int>(values.AsSpan(0, count));
                BinaryPrimitives.ReverseEndianness(raw, raw);
            }

            foreach (float value in values.AsSpan(0, count))
            {
                if (!float.IsFinite(value))
                {
                    throw new JsonException("An embedding's base64 string holds a NaN or infinite float32, which cannot be an embedding (or be written back as JSON).");
                }
            }

            return new ReadOnlyMemory<float>(values, 0, count);
        }

        private static ReadOnlyMemory<float> ReadArray(ref Utf8JsonReader reader)
        {
            float[] buffer = ArrayPool<float>.Shared.Rent(InitialCapacity);
            int count = 0;
            try
            {
                while (true)
                {
                    if (!reader.Read())
                    {
                        throw new JsonException("An embedding array ended early.");
                    }

                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        break;
                    }

                    if (reader.TokenType != JsonTokenType.Number)
                    {
                        throw new JsonException($"An embedding array must hold numbers, found {reader.TokenType}.");
                    }

                    if (count == buffer.Length)
                    {
                        float[] larger = ArrayPool<float>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, count).CopyTo(larger);
                        ArrayPool<float>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    float item = reader.GetSingle();
                    if (!float.IsFinite(item))
                    {
                        throw new JsonException("An embedding value is outside the float32 range.");
                    }

                    buffer[count++] = item;
                }

                return buffer.AsSpan(0, count).ToArray();
            }
            finally
            {
                ArrayPool<float>.Shared.Return(buffer);
            }
        }
    }
}
