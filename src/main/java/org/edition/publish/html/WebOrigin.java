package org.edition.publish.html;

import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.ExtensionFunctionCall;
import net.sf.saxon.lib.ExtensionFunctionDefinition;
import net.sf.saxon.om.Sequence;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.value.EmptySequence;
import net.sf.saxon.value.SequenceType;
import net.sf.saxon.value.StringValue;
import org.edition.load.WebAddress;

/**
 * {@code j:web-origin($address)}: the origin of an http(s) address ({@code https://host[:port]},
 * scheme and host lowercased) as a page's Content-Security-Policy names it, or the empty
 * sequence for an address a policy cannot name exactly ({@link WebAddress}: a user name, an IPv6
 * address, a {@code ;} or a space...). The stylesheets build their policies' image sources with
 * it (common/functions.xsl, f:web-origin), so that an address is parsed, not cut by a pattern.
 */
public final class WebOrigin extends ExtensionFunctionDefinition {
  @Override
  public StructuredQName getFunctionQName() {
    return new StructuredQName("j", org.edition.publish.Format.FUNCTIONS_NAMESPACE, "web-origin");
  }

  @Override
  public SequenceType[] getArgumentTypes() {
    return new SequenceType[] {SequenceType.SINGLE_STRING};
  }

  @Override
  public SequenceType getResultType(SequenceType[] suppliedArgumentTypes) {
    return SequenceType.OPTIONAL_STRING;
  }

  @Override
  public ExtensionFunctionCall makeCallExpression() {
    return new ExtensionFunctionCall() {
      @Override
      public Sequence call(XPathContext context, Sequence[] arguments) throws net.sf.saxon.trans.XPathException {
        String address = arguments[0].head().getStringValue().strip();
        try {
          return new StringValue(WebAddress.parse(address).origin());
        } catch (IllegalArgumentException refused) {
          return EmptySequence.getInstance();
        }
      }
    };
  }
}
