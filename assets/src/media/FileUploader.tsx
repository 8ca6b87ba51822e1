// st.file_uploader: pick or drop files; each is sent to POST /_dataapp/upload (same origin,
// the launch-token cookie travels with it) and the widget's value becomes their ids. Files
// over server.maxUploadSize or of a type the app does not accept are refused here, with a
// message, before anything is sent. In the desktop window "Browse files" shows the OS dialog
// instead: the server reads the chosen files itself and answers with their ids (NativeFiles),
// which join the value just as uploaded ones do.
import { useEffect, useRef, useState } from "preact/hooks";
import { create } from "@bufbuild/protobuf";
import type { FileUploader, UploadedFileInfo } from "../proto/media_pb";
import { StringArraySchema } from "../proto/widgets_pb";
import { useSession } from "../session/context";
import { WidgetLabel } from "../widgets/Label";
import { infoOf, useWidget } from "../widgets/useWidget";
import type { WidgetValue } from "../session/widgetValues";
import { formatSize, tooLargeMessage, typeAllowed } from "./uploads";
import "../styles/media.css";

const UPLOAD_URL = "/_dataapp/upload";
const FILE_NAME_HEADER = "X-Dataapp-File-Name";

interface Shown {
  readonly fileId: string;
  readonly name: string;
  readonly size: number;
}

function shownOf(files: readonly UploadedFileInfo[]): Shown[] {
  return files.map((f) => ({ fileId: f.fileId, name: f.name, size: Number(f.size) }));
}

function idsValue(files: readonly Shown[]): WidgetValue {
  return { case: "fileIdsValue", value: create(StringArraySchema, { data: files.map((f) => f.fileId) }) };
}

async function upload(file: File, sessionId: string): Promise<Shown> {
  const response = await fetch(`${UPLOAD_URL}?session=${encodeURIComponent(sessionId)}`, {
    method: "POST",
    credentials: "same-origin",
    headers: { [FILE_NAME_HEADER]: encodeURIComponent(file.name), "Content-Type": file.type || "application/octet-stream" },
    body: file,
  });
  const answer = (await response.json().catch(() => ({}))) as { file_id?: string; name?: string; size?: number; error?: string };
  if (!response.ok || !answer.file_id) throw new Error(answer.error ?? `${file.name} could not be uploaded (HTTP ${response.status}).`);
  return { fileId: answer.file_id, name: answer.name ?? file.name, size: answer.size ?? file.size };
}

function forget(fileId: string, sessionId: string): void {
  void fetch(`${UPLOAD_URL}/${encodeURIComponent(fileId)}?session=${encodeURIComponent(sessionId)}`, {
    method: "DELETE",
    credentials: "same-origin",
  }).catch(() => undefined);
}

export function FileUploaderView({ el }: { el: FileUploader }) {
  const session = useSession();
  const info = infoOf(el);
  const w = useWidget(info, idsValue(shownOf(el.files)));
  const [files, setFiles] = useState<Shown[]>(() => shownOf(el.files));
  const [problems, setProblems] = useState<string[]>([]);
  const [uploading, setUploading] = useState<string[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const limit = Number(el.maxUploadSize);

  // The server replaced the value (a new session, or a form cleared): show its files.
  useEffect(() => setFiles(shownOf(el.files)), [w.serverVersion]);

  const sessionId = () => session.model.newSession?.sessionId ?? "";

  const add = async (picked: File[]) => {
    if (info.disabled || picked.length === 0) return;
    const candidates = el.multiple ? picked : picked.slice(-1);
    const refused: string[] = [];
    const accepted: File[] = [];
    for (const file of candidates) {
      if (!typeAllowed(file.name, el.types)) refused.push(`${file.name}: this type of file is not accepted (accepted: ${el.types.join(", ")}).`);
      else if (limit > 0 && file.size > limit) refused.push(tooLargeMessage(file.name, file.size, limit));
      else accepted.push(file);
    }
    setProblems(refused);
    if (accepted.length === 0) return;
    setUploading(accepted.map((f) => f.name));
    const results = await Promise.allSettled(accepted.map((f) => upload(f, sessionId())));
    setUploading([]);
    const uploaded: Shown[] = [];
    for (const result of results) {
      if (result.status === "fulfilled") uploaded.push(result.value);
      else refused.push(result.reason instanceof Error ? result.reason.message : String(result.reason));
    }
    setProblems([...refused]);
    keep(uploaded);
  };

  // Files now held by the server (uploaded, or read from an OS dialog) join the value.
  const keep = (uploaded: Shown[]) => {
    if (uploaded.length === 0) return;
    let next: Shown[];
    if (el.multiple) next = [...files, ...uploaded];
    else {
      for (const old of files) forget(old.fileId, sessionId());
      next = uploaded.slice(-1);
    }
    setFiles(next);
    w.set(idsValue(next));
  };

  useEffect(
    () =>
      session.onNativeFiles(info.id, (answer) => {
        setProblems(answer.problems);
        keep(shownOf(answer.files));
      }),
    [session, info.id, files, el.multiple],
  );

  const browse = () => {
    if (session.nativeFileDialogs) session.requestNativeFiles(info.id, el.multiple, el.types);
    else input.current?.click();
  };

  const remove = (file: Shown) => {
    forget(file.fileId, sessionId());
    const next = files.filter((f) => f.fileId !== file.fileId);
    setFiles(next);
    setProblems([]);
    w.set(idsValue(next));
  };

  const limitText = limit > 0 ? `Limit ${formatSize(limit).replace(".0 ", " ")} per file` : "";
  const typesText = el.types.map((t) => t.replace(/^\./, "").toUpperCase()).filter((t, i, all) => all.indexOf(t) === i).join(", ");
  return (
    <div class={`file-uploader${info.disabled ? " disabled" : ""}`}>
      <WidgetLabel info={info} htmlFor={w.controlId} />
      <div
        class={`dropzone${dragging ? " dragging" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          if (!info.disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void add([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <svg class="dropzone-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 16V4m0 0l-4 4m4-4l4 4M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
        <div class="dropzone-text">
          <span>Drag and drop {el.multiple ? "files" : "a file"} here</span>
          <small>{[limitText, typesText].filter(Boolean).join(" • ")}</small>
        </div>
        <button type="button" class="btn btn-secondary" disabled={info.disabled} onClick={browse}>
          Browse files
        </button>
        <input
          ref={input}
          id={w.controlId}
          class="visually-hidden"
          type="file"
          tabIndex={-1}
          aria-label={w.ariaLabel ?? info.label}
          multiple={el.multiple}
          accept={el.types.length ? el.types.join(",") : undefined}
          disabled={info.disabled}
          onChange={(e) => {
            const target = e.currentTarget;
            const picked = [...(target.files ?? [])];
            target.value = "";
            void add(picked);
          }}
        />
      </div>
      {uploading.length ? <div class="uploading caption">Uploading {uploading.join(", ")}…</div> : null}
      {problems.map((p) => (
        <div class="upload-error" role="alert" key={p}>
          {p}
        </div>
      ))}
      {files.length ? (
        <ul class="uploaded-files">
          {files.map((f) => (
            <li key={f.fileId} class="uploaded-file">
              <svg class="file-icon" viewBox="0 0 24 24" aria-hidden="true">
                <path d="M6 3h8l4 4v14H6z M14 3v4h4" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
              </svg>
              <span class="file-name">{f.name}</span>
              <span class="file-size caption">{formatSize(f.size)}</span>
              <button type="button" class="remove-file" aria-label={`Remove ${f.name}`} title="Remove" disabled={info.disabled} onClick={() => remove(f)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
