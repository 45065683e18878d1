using System;

namespace VeniceAot
{
    /// <summary>Base of every error VeniceAot raises itself (network errors stay <see cref="System.Net.Http.HttpRequestException"/>).</summary>
    public abstract class VeniceException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What went wrong and what to do.</param>
        /// <param name="innerException">The cause, if any.</param>
        protected VeniceException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }

        /// <summary>The request id to quote to Venice support, when the server sent one.</summary>
        public string? RequestId { get; init; }
    }

    /// <summary>The request did not complete within the configured timeout (distinct from cancellation by the caller).</summary>
    public sealed class VeniceTimeoutException : VeniceException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="timeout">The timeout that elapsed.</param>
        /// <param name="innerException">The cancellation that carried it.</param>
        public VeniceTimeoutException(TimeSpan timeout, Exception? innerException = null)
            : this(timeout, $"The Venice request did not complete within {timeout.TotalSeconds:0.###} s; raise VeniceClientOptions.Timeout or use streaming for long generations.", innerException)
        {
        }

        /// <summary>Creates the exception with a message that names which limit elapsed.</summary>
        /// <param name="timeout">The timeout that elapsed.</param>
        /// <param name="message">What elapsed and what to do.</param>
        /// <param name="innerException">The cancellation that carried it.</param>
        public VeniceTimeoutException(TimeSpan timeout, string message, Exception? innerException = null)
            : base(message, innerException)
        {
            Timeout = timeout;
        }

        /// <summary>The timeout that elapsed.</summary>
        public TimeSpan Timeout { get; }
    }

    /// <summary>A server-sent event stream ended before its terminating <c>[DONE]</c> event.</summary>
    public sealed class VeniceStreamTruncatedException : VeniceException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="itemsReceived">How many events arrived before the stream ended.</param>
        /// <param name="innerException">The I/O error that ended it, if any.</param>
        public VeniceStreamTruncatedException(int itemsReceived, Exception? innerException = null)
            : base($"The Venice event stream ended after {itemsReceived} event(s) without its [DONE] marker; the response is incomplete. Retry the request.", innerException)
        {
            ItemsReceived = itemsReceived;
        }

        /// <summary>How many events arrived before the stream ended.</summary>
        public int ItemsReceived { get; }
    }
}
