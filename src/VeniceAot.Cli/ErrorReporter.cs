using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;

namespace VeniceAot.Cli
{
    /// <summary>
    /// Turns a failure into lines on standard error and an exit code: one line per problem (status and
    /// message, each field detail, the request id). The caller's API key is masked in everything written.
    /// </summary>
    public sealed class ErrorReporter
    {
        private const string Mask = "***";

        /// <summary>Shorter keys are not masked: masking two letters would garble ordinary words and hide nothing.</summary>
        private const int MinimumMaskedLength = 8;
        private readonly TextWriter _error;
        private readonly string? _secret;
        private readonly Uri? _baseAddress;
        private readonly string _commandPath;

        /// <summary>Creates a reporter.</summary>
        /// <param name="error">Standard error.</param>
        /// <param name="secret">The caller's API key, masked wherever it would appear; null if not known yet.</param>
        /// <param name="baseAddress">The API base address, to name the host of a network failure.</param>
        /// <param name="commandPath">The command as typed (e.g. <c>venice keys create</c>), for the help hint.</param>
        public ErrorReporter(TextWriter error, string? secret, Uri? baseAddress, string commandPath)
        {
            _error = error ?? throw new ArgumentNullException(nameof(error));
            _secret = secret is { Length: >= MinimumMaskedLength } ? secret : null;
            _baseAddress = baseAddress;
            _commandPath = commandPath ?? throw new ArgumentNullException(nameof(commandPath));
        }

        /// <summary>Writes what went wrong and returns the exit code for it.</summary>
        /// <param name="exception">The failure.</param>
        /// <param name="cancellationToken">The command's token: a cancellation it caused is a Ctrl-C, not an error.</param>
        /// <returns>The exit code.</returns>
        public int Report(Exception exception, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(exception);
            switch (exception)
            {
                case OperationCanceledException when cancellationToken.IsCancellationRequested:
                    Write("Cancelled.");
                    return ExitCodes.Cancelled;
                case UsageException usage:
                    Write("error: " + usage.Message);
                    Write($"Run '{_commandPath} --help' for usage.");
                    return ExitCodes.UsageError;
                case VeniceApiException api:
                    ReportApiError(api);
                    return ExitCodes.ApiError;
                case VeniceException venice:
                    Write("error: " + venice.Message);
                    WriteRequestId(venice.RequestId);
                    return ExitCodes.ApiError;
                case HttpRequestException network:
                    ReportNetworkError(network);
                    return ExitCodes.ApiError;
                default:
                    Write($"error: unexpected {exception.GetType().Name}: {exception.Message}");
                    return ExitCodes.ApiError;
            }
        }

        private void ReportApiError(VeniceApiException api)
        {
            int status = (int)api.StatusCode;
            string name = Enum.IsDefined(api.StatusCode) ? " " + api.StatusCode.ToString() : string.Empty;
            string message = !string.IsNullOrWhiteSpace(api.Error) ? api.Error
                : string.IsNullOrEmpty(api.RawBody) ? "(the response had no body)"
                : "(not a Venice error body) " + Shorten(api.RawBody, 300);
            // A 2xx status means the request was accepted and the error arrived as an event inside the stream.
            Write(status is >= 200 and < 300 ? $"error: the stream reported an error: {message}" : $"error: HTTP {status}{name}: {message}");
            if (api.ErrorCode is not null)
            {
                Write("  code: " + api.ErrorCode);
            }

            if (api.Parameter is not null)
            {
                Write("  parameter: " + api.Parameter);
            }

            if (api.Details is not null)
            {
                foreach (KeyValuePair<string, string> detail in api.Details.Flatten())
                {
                    Write($"  {(detail.Key.Length == 0 ? "request" : detail.Key)}: {detail.Value}");
                }
            }

            WriteRequestId(api.RequestId);
            if (api.StatusCode == HttpStatusCode.Unauthorized)
            {
                Write($"  hint: check the key passed with --api-key or {CliContext.ApiKeyVariable}; managing keys needs an ADMIN key.");
            }
        }

        private void ReportNetworkError(HttpRequestException network)
        {
            string host = _baseAddress is null ? "the Venice API" : _baseAddress.Authority;
            Exception root = network;
            while (root.InnerException is not null)
            {
                root = root.InnerException;
            }

            string cause = root.Message;
            if (root != network && network.HttpRequestError != HttpRequestError.Unknown)
            {
                cause = $"{network.HttpRequestError}: {cause}";
            }

            Write($"error: could not reach {host}: {cause}");
        }

        private void WriteRequestId(string? requestId)
        {
            if (requestId is not null)
            {
                Write("  request id: " + requestId);
            }
        }

        private void Write(string line)
        {
            string text = OneLine(line);
            if (_secret is not null)
            {
                text = text.Replace(_secret, Mask, StringComparison.Ordinal);
            }

            _error.WriteLine(text);
        }

        /// <summary>Collapses line breaks, tabs and runs of spaces so each problem stays on one line.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The text on one line.</returns>
        public static string OneLine(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            string[] words = TableWriter.Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string indent = text.StartsWith("  ", StringComparison.Ordinal) ? "  " : string.Empty;
            return indent + string.Join(' ', words);
        }

        private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";
    }
}
