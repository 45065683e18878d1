using System;
using System.Buffers;
using System.Collections.Concurrent;

namespace VeniceAot.Http
{
    /// <summary>
    /// Builds a request URI in a pooled buffer: the base address, literal route text, escaped path values
    /// and an escaped query string. Used by generated code. A URI built from literal route text only (no path or query
    /// value) is the same on every call, so it is built once per base address and route and then reused (a
    /// <see cref="Uri"/> is immutable); any other URI costs one string and one <see cref="Uri"/> per request.
    /// </summary>
    public ref struct RequestUriBuilder
    {
        /// <summary>Enough for every static route of a few base addresses; past it, URIs are simply not cached.</summary>
        internal const int MaxCachedUris = 256;

        private static readonly ConcurrentDictionary<string, Uri> StaticUris = new(StringComparer.Ordinal);
        private static readonly ConcurrentDictionary<string, Uri>.AlternateLookup<ReadOnlySpan<char>> StaticUriLookup =
            StaticUris.GetAlternateLookup<ReadOnlySpan<char>>();

        private char[] _buffer;
        private int _length;
        private bool _pathStarted;
        private bool _hasQuery;
        private bool _hasValues;

        /// <summary>Starts a URI at <paramref name="baseAddress"/> (absolute, without a trailing slash).</summary>
        /// <param name="baseAddress">The API's base address.</param>
        public RequestUriBuilder(string baseAddress)
        {
            _buffer = ArrayPool<char>.Shared.Rent(Math.Max(128, baseAddress.Length + 96));
            _length = 0;
            _pathStarted = false;
            _hasQuery = false;
            _hasValues = false;
            Append(baseAddress);
        }

        /// <summary>Appends literal route text from a route template.</summary>
        /// <param name="literal">Route text that needs no escaping.</param>
        public void AppendPath(string literal)
        {
            StartPath();
            Append(literal);
        }

        /// <summary>Appends one escaped path value; refuses values that would change the route.</summary>
        /// <param name="value">The parameter value.</param>
        /// <param name="parameterName">The parameter's name, for the error message.</param>
        public void AppendPathValue(string? value, string parameterName)
        {
            if (string.IsNullOrEmpty(value))
            {
                throw new ArgumentException($"Path parameter '{parameterName}' must not be null or empty.", parameterName);
            }

            if (value is "." or "..")
            {
                throw new ArgumentException($"Path parameter '{parameterName}' must not be '.' or '..'.", parameterName);
            }

            StartPath();
            _hasValues = true;
            AppendEscaped(value);
        }

        /// <summary>Appends <c>name=value</c> to the query string, escaped; a null value is omitted.</summary>
        /// <param name="name">The query key.</param>
        /// <param name="value">The value, already formatted.</param>
        public void AppendQuery(string name, string? value)
        {
            if (value is null)
            {
                return;
            }

            Append(_hasQuery ? "&" : "?");
            _hasQuery = true;
            _hasValues = true;
            AppendEscaped(name);
            Append("=");
            AppendEscaped(value);
        }

        /// <summary>Returns the finished URI and gives the buffer back to the pool.</summary>
        public Uri ToUri()
        {
            ReadOnlySpan<char> built = _buffer.AsSpan(0, _length);
            Uri? uri = null;
            if (!_hasValues && StaticUriLookup.TryGetValue(built, out Uri? cached))
            {
                uri = cached;
            }
            else
            {
                string text = built.ToString();
                uri = new Uri(text, UriKind.Absolute);
                if (!_hasValues && StaticUris.Count < MaxCachedUris)
                {
                    uri = StaticUris.GetOrAdd(text, uri);
                }
            }

            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            _length = 0;
            return uri;
        }

        /// <inheritdoc/>
        public override readonly string ToString() => new(_buffer, 0, _length);

        private void StartPath()
        {
            if (!_pathStarted)
            {
                _pathStarted = true;
                Append("/");
            }
        }

        private void Append(scoped ReadOnlySpan<char> text)
        {
            Ensure(text.Length);
            text.CopyTo(_buffer.AsSpan(_length));
            _length += text.Length;
        }

        private void AppendEscaped(string text)
        {
            // Escaping grows text at most threefold (one char becomes %XX).
            Ensure(text.Length * 3);
            if (!Uri.TryEscapeDataString(text, _buffer.AsSpan(_length), out int written))
            {
                throw new InvalidOperationException("URI escaping ran out of buffer space.");
            }

            _length += written;
        }

        private void Ensure(int extra)
        {
            if (_length + extra <= _buffer.Length)
            {
                return;
            }

            char[] larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + extra));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
