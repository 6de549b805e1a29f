import { useEffect, useRef } from "react";
import { heightMessage } from "./embed-message.js";

/**
 * Inside a frame, tell the page around it how tall the content is: once it is laid out and again on every
 * change of size (ResizeObserver), so the embed snippet can size the frame with no scroll bar.
 */
export function usePostHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = -1;
    const post = () => {
      const message = heightMessage(element.getBoundingClientRect().height);
      if (message.height === last) return;
      last = message.height;
      window.parent.postMessage(message, "*");
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    window.addEventListener("load", post);
    post();
    return () => {
      observer.disconnect();
      window.removeEventListener("load", post);
    };
  }, []);
  return ref;
}
