# Sourced by the benchmark scripts: sign_in BASE_URL COOKIE_JAR PASSWORD signs the admin in through the login form
# (antiforgery token read from the page), leaving the session cookie in the jar.
sign_in() {
  local base="$1" jar="$2" password="$3" token
  for _ in $(seq 1 300); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.2; done
  token=$(curl -s -c "$jar" -b "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "name=admin" --data-urlencode "password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
}
