<#--
  The frame of every Busters e-mail in HTML: the site's name on top, the message, and who
  sends it. Mail readers drop style sheets, so the few styles are inline; the text part of
  each mail says the same in plain words.
-->
<#macro emailLayout>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<head><meta charset="utf-8"><title>${realmName}</title></head>
<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1c;font-family:'Noto Sans JP','Hiragino Sans','Yu Gothic UI','Meiryo',sans-serif;font-size:16px;line-height:1.7;">
<div style="max-width:40rem;margin:0 auto;padding:0 1rem;">
<p style="margin:0;padding:1rem 0;border-bottom:4px solid #0031d8;font-size:20px;font-weight:700;">${realmName}</p>
<div style="padding:1rem 0;">
<#nested>
</div>
<p style="margin:0;padding:1rem 0;border-top:1px solid #cccccc;color:#4d4d4d;">${msg("bustersMailFooter")}</p>
</div>
</body>
</html>
</#macro>
