#!/bin/sh
# Creates a self-signed certificate for trying the production shape locally.
# For a real deployment put fullchain.pem and privkey.pem from your certificate authority here.
set -eu
dir="$(dirname "$0")/certs"
mkdir -p "$dir"
openssl req -x509 -nodes -newkey rsa:2048 -days 365 \
  -subj "/CN=${1:-localhost}" \
  -keyout "$dir/privkey.pem" -out "$dir/fullchain.pem"
echo "wrote $dir/fullchain.pem and $dir/privkey.pem"
