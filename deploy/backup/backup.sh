#!/bin/sh
# Dumps the database once a day (custom format, restorable with pg_restore) and keeps
# BACKUP_KEEP_DAYS days of dumps. Runs forever inside the backup container.
set -eu
keep_days="${BACKUP_KEEP_DAYS:-14}"
while true; do
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  file="/backups/mediaflow-${stamp}.dump"
  if pg_dump --format=custom --no-owner --file="${file}.partial"; then
    mv "${file}.partial" "${file}"
    echo "backup written: ${file}"
  else
    rm -f "${file}.partial"
    echo "backup FAILED at ${stamp}" >&2
  fi
  find /backups -name 'mediaflow-*.dump' -mtime "+${keep_days}" -delete
  sleep 86400
done
