using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace VeniceAot.Http
{
    /// <summary>
    /// An event-stream payload that can end its stream by itself. Streams whose protocol has no <c>data: [DONE]</c>
    /// marker (OpenAI-style Responses streams end after <c>response.completed</c>) implement this on their payload
    /// type; <see cref="ApiConnection.StreamAsync{T}"/> then ends cleanly right after yielding a terminal payload.
    /// <c>[DONE]</c> is still accepted, and a stream that ends before either is still truncated.
    /// </summary>
    public interface IEventStreamTerminal
    {
        /// <summary>True when this payload is the last one of its stream.</summary>
        bool IsTerminal { get; }
    }

    /// <summary>
    /// An event-stream payload that can report a failure without a top-level <c>error</c> property (for example
    /// <c>{"type":"error","code":…,"message":…}</c>). When <see cref="IsError"/> is true,
    /// <see cref="ApiConnection.StreamAsync{T}"/> throws <see cref="VeniceApiException"/> built from the raw payload
    /// instead of yielding it.
    /// </summary>
    public interface IEventStreamError
    {
        /// <summary>True when this payload reports a failure that ends the stream.</summary>
        bool IsError { get; }
    }

    internal enum EventStreamFrameKind
    {
        Skip,
        Value,
        Done,
        Error,
    }

    /// <summary>One parsed server-sent event: a payload, the end marker, an error, or nothing to yield.</summary>
    internal readonly struct EventStreamFrame<T>(EventStreamFrameKind kind, T? value, VeniceApiException? error)
    {
        public EventStreamFrameKind Kind { get; } = kind;

        public T? Value { get; } = value;

        public VeniceApiException? Error { get; } = error;
    }

    /// <summary>
    /// Turns each event's UTF-8 data into a frame. Payloads are deserialized straight from the parser's span
    /// through <see cref="JsonTypeInfo{T}"/>: no string and no DOM per event.
    /// </summary>
    internal sealed class EventStreamReader<T>(JsonTypeInfo<T> typeInfo, HttpResponseMessage response)
    {
        public EventStreamFrame<T> Parse(string eventType, ReadOnlySpan<byte> data)
        {
            ReadOnlySpan<byte> payload = data.Trim(" \t\r\n"u8);
            if (payload.IsEmpty)
            {
                return default;
            }

            if (payload.SequenceEqual("[DONE]"u8))
            {
                return new EventStreamFrame<T>(EventStreamFrameKind.Done, default, null);
            }

            // Cheap screen first (vectorized search); only a payload that mentions "error" is walked.
            if (payload.IndexOf("\"error\""u8) >= 0 && HasTopLevelError(payload))
            {
                return new EventStreamFrame<T>(EventStreamFrameKind.Error, default, VeniceApiException.FromBody(response.StatusCode, payload, ResponseMetadata.From(response)));
            }

            T? value = JsonSerializer.Deserialize(payload, typeInfo);
            if (value is IEventStreamError { IsError: true })
            {
                return new EventStreamFrame<T>(EventStreamFrameKind.Error, default, VeniceApiException.FromBody(response.StatusCode, payload, ResponseMetadata.From(response)));
            }

            return value is null ? default : new EventStreamFrame<T>(EventStreamFrameKind.Value, value, null);
        }

        private static bool HasTopLevelError(ReadOnlySpan<byte> payload)
        {
            var reader = new Utf8JsonReader(payload);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isError = reader.ValueTextEquals("error"u8);
                if (!reader.Read())
                {
                    return false;
                }

                if (isError && reader.TokenType is not JsonTokenType.Null)
                {
                    return true;
                }

                if (!reader.TrySkip())
                {
                    return false;
                }
            }

            return false;
        }
    }
}
