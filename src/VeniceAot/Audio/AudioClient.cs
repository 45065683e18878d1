using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Audio
{
    /// <summary>
    /// The Audio group, reached as <see cref="VeniceClient.Audio"/>: text to speech (whole or streamed), transcription and
    /// voice cloning uploads (multipart, streamed from a file or stream), and audio/music jobs — each call on its own, or
    /// the whole quote → queue → poll → download → complete flow in <see cref="GenerateToFileAsync"/>.
    /// </summary>
    public sealed class AudioClient
    {
        private readonly ApiConnection _connection;
        private readonly IAudioApi _api;

        /// <summary>Creates the client over <paramref name="connection"/>.</summary>
        /// <param name="connection">The connection to send through (e.g. <see cref="VeniceClient.Connection"/>).</param>
        public AudioClient(ApiConnection connection)
        {
            ArgumentNullException.ThrowIfNull(connection);
            _connection = connection;
            _api = new AudioApiClient(connection);
        }

        /// <summary>
        /// <c>POST /audio/speech</c>: the audio as an unbuffered stream in <see cref="BinaryResponse.Content"/> (save it with
        /// <see cref="BinaryResponse.SaveToFileAsync"/>). With <see cref="SpeechRequest.Streaming"/> true the same stream
        /// delivers each sentence as soon as it is ready; <see cref="StreamSpeechAsync"/> yields those pieces.
        /// </summary>
        /// <param name="request">The request, sent as given.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The audio; dispose it to release the connection.</returns>
        /// <exception cref="VeniceApiException">Venice refused the request (400 for a format or voice the model lacks).</exception>
        public Task<BinaryResponse> CreateSpeechAsync(SpeechRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.CreateSpeechAsync(request, cancellationToken);
        }

        /// <summary><c>POST /audio/speech</c> for <paramref name="input"/> with the given voice, model and format (server defaults otherwise).</summary>
        /// <param name="input">The text to speak.</param>
        /// <param name="voice">The voice.</param>
        /// <param name="model">The model.</param>
        /// <param name="format">The audio format.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The audio; dispose it to release the connection.</returns>
        public Task<BinaryResponse> CreateSpeechAsync(string input, SpeechVoice? voice = null, SpeechModel? model = null, SpeechFormat? format = null, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(input);
            return _api.CreateSpeechAsync(new SpeechRequest { Input = input, Voice = voice, Model = model, ResponseFormat = format }, cancellationToken);
        }

        /// <summary>
        /// <c>POST /audio/speech</c> with <c>streaming: true</c> (set here whatever the request says): yields the audio in the
        /// pieces Venice sends, sentence by sentence, as they arrive. The request is sent when enumeration starts and the
        /// connection is released when it ends. The caller's request object is not changed.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call and stops reading (also via <c>WithCancellation</c>).</param>
        /// <returns>The audio chunks; each is its own array.</returns>
        public async IAsyncEnumerable<ReadOnlyMemory<byte>> StreamSpeechAsync(SpeechRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            SpeechRequest streaming = request.Streaming == true ? request : request with { Streaming = true };
            BinaryResponse response = await _api.CreateSpeechAsync(streaming, cancellationToken).ConfigureAwait(false);
            await using (response.ConfigureAwait(false))
            {
                await foreach (ReadOnlyMemory<byte> chunk in response.ReadChunksAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    yield return chunk;
                }
            }
        }

        /// <summary>
        /// <c>POST /audio/transcriptions</c> of the file at <paramref name="audioPath"/>, streamed from disk. The answer is JSON
        /// (<see cref="MediaResponse{T}.Value"/>) or, for <c>response_format: "text"</c>, <c>text/plain</c> in
        /// <see cref="MediaResponse{T}.Media"/> — told apart by its Content-Type; <see cref="TranscriptionText.ReadTextAsync"/> reads either.
        /// </summary>
        /// <param name="audioPath">WAV, FLAC, M4A, AAC, MP4, MP3, OGG or WEBM; the media type is taken from the extension.</param>
        /// <param name="request">Model, format, timestamps, language; server defaults when null.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The transcript; dispose it.</returns>
        /// <exception cref="FileNotFoundException">The file does not exist.</exception>
        /// <exception cref="VeniceApiException">Venice refused it (413 too large: see <see cref="VeniceMediaErrors.TryGetPayloadTooLarge"/>).</exception>
        public Task<MediaResponse<TranscriptionResponse>> TranscribeAsync(string audioPath, TranscriptionRequest? request = null, CancellationToken cancellationToken = default) =>
            TranscribeAsync(MediaUpload.FromFile(audioPath), request, cancellationToken);

        /// <summary><c>POST /audio/transcriptions</c> of <paramref name="audio"/>, streamed from its current position and left open.</summary>
        /// <param name="audio">The audio.</param>
        /// <param name="fileName">The file name to send; its extension names the format.</param>
        /// <param name="request">Model, format, timestamps, language; server defaults when null.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The transcript; dispose it.</returns>
        public Task<MediaResponse<TranscriptionResponse>> TranscribeAsync(Stream audio, string fileName, TranscriptionRequest? request = null, CancellationToken cancellationToken = default) =>
            TranscribeAsync(MediaUpload.FromStream(audio, fileName), request, cancellationToken);

        /// <summary><c>POST /audio/transcriptions</c> of <paramref name="audio"/> (explicit file name and media type).</summary>
        /// <param name="audio">The upload.</param>
        /// <param name="request">Model, format, timestamps, language; server defaults when null.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The transcript; dispose it.</returns>
        public Task<MediaResponse<TranscriptionResponse>> TranscribeAsync(MediaUpload audio, TranscriptionRequest? request = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(audio);
            request ??= new TranscriptionRequest();
            using var builder = new MultipartBuilder();
            builder.AddFile("file", audio)
                .Add("model", request.Model?.Value)
                .Add("response_format", request.ResponseFormat?.Value)
                .Add("timestamps", request.Timestamps)
                .Add("language", request.Language);
            return _api.TranscribeAsync(builder.Build(), cancellationToken);
        }

        /// <summary><c>POST /audio/voices</c>: clones a voice from the sample at <paramref name="samplePath"/> (5–10 s of clean speech).</summary>
        /// <param name="samplePath">The sample; accepted formats depend on the model.</param>
        /// <param name="model">The TTS model the voice is for (server default <c>tts-chatterbox-hd</c>).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The <c>vv_…</c> handle to pass as <see cref="SpeechRequest.Voice"/> with the same model.</returns>
        public Task<ClonedVoiceResponse> CloneVoiceAsync(string samplePath, ClonedVoiceModel? model = null, CancellationToken cancellationToken = default) =>
            CloneVoiceAsync(MediaUpload.FromFile(samplePath), model, cancellationToken);

        /// <summary><c>POST /audio/voices</c> from <paramref name="sample"/>, streamed from its current position and left open.</summary>
        /// <param name="sample">The sample.</param>
        /// <param name="fileName">The file name to send; its extension names the format.</param>
        /// <param name="model">The TTS model the voice is for.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The voice handle.</returns>
        public Task<ClonedVoiceResponse> CloneVoiceAsync(Stream sample, string fileName, ClonedVoiceModel? model = null, CancellationToken cancellationToken = default) =>
            CloneVoiceAsync(MediaUpload.FromStream(sample, fileName), model, cancellationToken);

        /// <summary><c>POST /audio/voices</c> from <paramref name="sample"/>.</summary>
        /// <param name="sample">The upload.</param>
        /// <param name="model">The TTS model the voice is for.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The voice handle.</returns>
        public Task<ClonedVoiceResponse> CloneVoiceAsync(MediaUpload sample, ClonedVoiceModel? model = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(sample);
            using var builder = new MultipartBuilder();
            builder.AddFile("file", sample).Add("model", model?.Value);
            return _api.CloneVoiceAsync(builder.Build(), cancellationToken);
        }

        /// <summary><c>POST /audio/quote</c>: the price of an audio job.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The price in USD.</returns>
        public Task<AudioQuoteResponse> QuoteAsync(QuoteAudioRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.QuoteAsync(request, cancellationToken);
        }

        /// <summary><c>POST /audio/queue</c>: starts an audio job; follow it with <see cref="RetrieveAsync(string, string, bool?, CancellationToken)"/>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The job id and model.</returns>
        /// <exception cref="VeniceApiException">422 for a content violation (see <see cref="VeniceMediaErrors.TryGetContentViolation"/>).</exception>
        public Task<QueueAudioResponse> QueueAsync(QueueAudioRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.QueueAsync(request, cancellationToken);
        }

        /// <summary>
        /// <c>POST /audio/retrieve</c>: <see cref="AudioJobStatusResponse"/> JSON while the job runs, or the audio
        /// (<c>audio/mpeg</c>, <c>audio/wav</c>, <c>audio/flac</c>) in <see cref="MediaResponse{T}.Media"/> once it is done.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Status or audio; dispose it.</returns>
        public Task<MediaResponse<AudioJobStatusResponse>> RetrieveAsync(RetrieveAudioRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.RetrieveAsync(request, cancellationToken);
        }

        /// <summary><c>POST /audio/retrieve</c> for a job.</summary>
        /// <param name="model">The model the job was queued with.</param>
        /// <param name="queueId">The job id.</param>
        /// <param name="deleteMediaOnCompletion">Let the server delete the audio once it has handed it out.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Status or audio; dispose it.</returns>
        public Task<MediaResponse<AudioJobStatusResponse>> RetrieveAsync(string model, string queueId, bool? deleteMediaOnCompletion = null, CancellationToken cancellationToken = default) =>
            _api.RetrieveAsync(new RetrieveAudioRequest { Model = model, QueueId = queueId, DeleteMediaOnCompletion = deleteMediaOnCompletion }, cancellationToken);

        /// <summary><c>POST /audio/complete</c>: deletes the job's audio from Venice's storage.</summary>
        /// <param name="request">The request.</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Whether cleanup succeeded.</returns>
        public Task<CompleteAudioResponse> CompleteAsync(CompleteAudioRequest request, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            return _api.CompleteAsync(request, cancellationToken);
        }

        /// <summary>
        /// Runs an audio job to the end and saves the audio to <paramref name="path"/> atomically (nothing is left behind on
        /// failure or cancellation): optionally quotes (<see cref="MediaJobOptions.Quote"/>, <see cref="MediaJobOptions.MaxQuote"/>),
        /// queues, polls <c>retrieve</c> at the pace Venice's own estimate suggests, downloads, then cleans up as
        /// <see cref="MediaJobOptions.Cleanup"/> says.
        /// </summary>
        /// <param name="request">The job.</param>
        /// <param name="path">The file to write.</param>
        /// <param name="options">Polling, deadline, quoting and cleanup; defaults when null.</param>
        /// <param name="progress">Receives each step.</param>
        /// <param name="cancellationToken">Cancels every call and wait.</param>
        /// <returns>What was produced.</returns>
        /// <exception cref="VeniceTimeoutException"><see cref="MediaJobOptions.Timeout"/> elapsed.</exception>
        /// <exception cref="MediaJobQuoteExceededException">The quote was above <see cref="MediaJobOptions.MaxQuote"/>.</exception>
        public Task<MediaJobResult> GenerateToFileAsync(QueueAudioRequest request, string path, MediaJobOptions? options = null, IProgress<MediaJobProgress>? progress = null, CancellationToken cancellationToken = default) =>
            MediaJobRunner.RunToFileAsync(Steps(request), path, options, progress, cancellationToken);

        /// <summary>Like <see cref="GenerateToFileAsync"/>, copying the audio into <paramref name="destination"/> (left open).</summary>
        /// <param name="request">The job.</param>
        /// <param name="destination">Where the audio is written.</param>
        /// <param name="options">Polling, deadline, quoting and cleanup; defaults when null.</param>
        /// <param name="progress">Receives each step.</param>
        /// <param name="cancellationToken">Cancels every call and wait.</param>
        /// <returns>What was produced.</returns>
        public Task<MediaJobResult> GenerateAsync(QueueAudioRequest request, Stream destination, MediaJobOptions? options = null, IProgress<MediaJobProgress>? progress = null, CancellationToken cancellationToken = default) =>
            MediaJobRunner.RunToStreamAsync(Steps(request), destination, options, progress, cancellationToken);

        private MediaJobSteps<AudioJobStatusResponse> Steps(QueueAudioRequest request)
        {
            ArgumentNullException.ThrowIfNull(request);
            return new MediaJobSteps<AudioJobStatusResponse>
            {
                Quote = async token => (await _api.QuoteAsync(new QuoteAudioRequest { Model = request.Model, DurationSeconds = request.DurationSeconds }, token).ConfigureAwait(false)).Quote,
                Queue = async token =>
                {
                    QueueAudioResponse queued = await _api.QueueAsync(request, token).ConfigureAwait(false);
                    return (queued.Model ?? request.Model, queued.QueueId, null);
                },
                Retrieve = (model, queueId, delete, token) => _api.RetrieveAsync(new RetrieveAudioRequest { Model = model, QueueId = queueId, DeleteMediaOnCompletion = delete ? true : null }, token),
                Complete = async (model, queueId, token) => (await _api.CompleteAsync(new CompleteAudioRequest { Model = model, QueueId = queueId }, token).ConfigureAwait(false)).Success,
                Download = (uri, token) => _connection.SendForBinaryAsync(MediaJobRunner.CreateDownloadRequest(uri), token),
            };
        }

    }

    /// <summary>Reads a transcript whichever way Venice answered.</summary>
    public static class TranscriptionText
    {
        /// <summary>The transcript text: <see cref="TranscriptionResponse.Text"/> of a JSON answer, or the body of a <c>text/plain</c> one.</summary>
        /// <param name="response">The answer of a transcription call.</param>
        /// <param name="cancellationToken">Cancels reading a text body.</param>
        /// <returns>The text (empty when a JSON answer had none).</returns>
        public static async Task<string> ReadTextAsync(this MediaResponse<TranscriptionResponse> response, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(response);
            return response.IsJson
                ? response.Value?.Text ?? string.Empty
                : await response.Media!.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
